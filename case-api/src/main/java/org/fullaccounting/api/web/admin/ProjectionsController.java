package org.fullaccounting.api.web.admin;

import org.fullaccounting.api.application.admin.ConsistencyCheck;
import org.fullaccounting.api.application.admin.ConsistencyReport;
import org.fullaccounting.api.application.admin.ParkedEvent;
import org.fullaccounting.api.application.admin.ProcessorStatus;
import org.fullaccounting.api.application.admin.Projections;
import org.fullaccounting.api.application.admin.ReplayCoordinator;
import org.fullaccounting.api.application.admin.ReplayStatus;
import org.fullaccounting.api.application.admin.RetryResult;
import org.fullaccounting.api.application.refusals.Refusal;
import org.fullaccounting.api.application.refusals.RefusalCode;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.security.Principal;
import java.util.List;

/** Read model operations for admins (SecurityConfig: /api/admin/** is ADMIN only). */
@RestController
@Tag(name = "Admin: read models", description = "Progress, replay and consistency of the read models")
public class ProjectionsController {

    private final Projections projections;
    private final ConsistencyCheck consistency;
    private final ReplayCoordinator replays;

    ProjectionsController(Projections projections, ConsistencyCheck consistency, ReplayCoordinator replays) {
        this.projections = projections;
        this.replays = replays;
        this.consistency = consistency;
    }

    @GetMapping("/api/admin/projections")
    @Operation(summary = "Each read model's processor: position, head of the stream, replaying or caught up",
            description = "Per read model: its position, the head of the event stream, how far behind it is, "
                    + "whether it replays, and events per second during a replay.")
    public List<ProcessorStatus> statuses() {
        return projections.statuses();
    }

    @PostMapping("/api/admin/projections/{name}/replay")
    @Operation(summary = "Rebuild a read model from the first event, on every node", description = "Answers 202 "
            + "with the replay's status and its address (Location). Every node stops the model's processor, one "
            + "resets it, all start again: follow it there and on GET /api/admin/projections. Asking while a "
            + "replay of the model is still stopping the nodes answers that replay.")
    public ResponseEntity<ReplayStatus> replay(@PathVariable String name, Principal who) {
        ReplayStatus replay = replays.request(name, who.getName());
        return ResponseEntity.accepted().location(URI.create("/api/admin/projections/" + replay.name() + "/replays/"
                + replay.replayId())).body(replay);
    }

    @GetMapping("/api/admin/projections/{name}/replays/{id}")
    @Operation(summary = "A replay's progress across the nodes: releasing, reset, rejoined, or failed",
            description = "State (RELEASING, RESET, FAILED), who asked, which node reset the model, when each node "
                    + "stopped and started its processor again, which nodes still hold claims, and whether every "
                    + "node that stopped has rejoined. 404 UNKNOWN_REPLAY for an id the model never had.")
    public ReplayStatus replayStatus(@PathVariable String name, @PathVariable long id) {
        return replays.status(name, id);
    }

    @GetMapping("/api/admin/projections/{name}/replays/latest")
    @Operation(summary = "The latest replay of a read model",
            description = "The same answer as for the replay's own address; 404 UNKNOWN_REPLAY if the model was "
                    + "never replayed.")
    public ReplayStatus latestReplay(@PathVariable String name) {
        return replays.latest(name).orElseThrow(() -> Refusal.of(RefusalCode.UNKNOWN_REPLAY,
                "read model '" + name + "' was never replayed"));
    }

    @GetMapping("/api/admin/projections/{name}/dead-letters")
    @Operation(summary = "The events a read model could not apply, parked with their cause",
            description = "Per event: case, event type, position in the stream, number within the case, cause, "
                    + "when parked and last tried. Later events of the same case wait behind it. At most 500.")
    public List<ParkedEvent> deadLetters(@PathVariable String name) {
        return projections.deadLetters(name, 500);
    }

    @PostMapping("/api/admin/projections/{name}/dead-letters/retry")
    @Operation(summary = "Apply a read model's parked events again, after their cause was fixed",
            description = "Each case's parked events in order; a case whose event still fails stays parked "
                    + "with the new cause.")
    public RetryResult retry(@PathVariable String name) {
        return projections.retryDeadLetters(name);
    }

    @GetMapping("/api/admin/projections/consistency")
    @Operation(summary = "Recount from the event store and compare with every read model",
            description = "0 differences expected; each difference names the model, the case and what differs.")
    public ConsistencyReport consistency() {
        return consistency.run();
    }
}
