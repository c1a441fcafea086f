package org.fullaccounting.api.application.admin;

import java.time.Instant;
import java.util.List;

/**
 * One replay of a read model across the nodes, as recorded in PostgreSQL. {@code state}:
 * RELEASING (the nodes are stopping the processor; {@code claimsHeldBy} names those still holding a
 * segment claim), RESET (the model was cleared and its tokens reset by {@code resetBy}; the nodes
 * rejoin and rebuild it), FAILED ({@code failure} says why; nothing was cleared). {@code rejoined}:
 * RESET or FAILED and every node that stopped has started again. The rebuild's own progress is
 * {@code processor}, as the answering node sees it.
 */
public record ReplayStatus(
        long replayId,
        String name,
        String state,
        String requestedBy,
        Instant requestedAt,
        String resetBy,
        Instant endedAt,
        String failure,
        List<Node> nodes,
        List<String> claimsHeldBy,
        boolean rejoined,
        ProcessorStatus processor) {

    /** A node that stopped its processor for this replay, and when it started it again (null: not yet). */
    public record Node(String node, Instant releasedAt, Instant rejoinedAt) {
    }
}
