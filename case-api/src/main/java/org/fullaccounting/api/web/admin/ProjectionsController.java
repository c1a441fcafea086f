package org.fullaccounting.api.web.admin;

import org.fullaccounting.api.application.admin.ConsistencyCheck;
import org.fullaccounting.api.application.admin.ConsistencyReport;
import org.fullaccounting.api.application.admin.ParkedEvent;
import org.fullaccounting.api.application.admin.ProcessorStatus;
import org.fullaccounting.api.application.admin.Projections;
import org.fullaccounting.api.application.admin.RetryResult;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Read model operations for admins (SecurityConfig: /api/admin/** is ADMIN only). */
@RestController
@Tag(name = "Admin: read models", description = "Progress, replay and consistency of the read models")
public class ProjectionsController {

    private final Projections projections;
    private final ConsistencyCheck consistency;

    ProjectionsController(Projections projections, ConsistencyCheck consistency) {
        this.projections = projections;
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
    @Operation(summary = "Rebuild a read model from the first event", description = "Answers 202 once the replay "
            + "has started; follow it on GET /api/admin/projections. 409 when another node runs the processor.")
    public ResponseEntity<ProcessorStatus> replay(@PathVariable String name) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(projections.replay(name));
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
