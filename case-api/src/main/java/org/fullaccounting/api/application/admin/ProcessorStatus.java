package org.fullaccounting.api.application.admin;

/**
 * One read model's processor as this node sees it. {@code position} is the lowest position of the
 * segments this node has claimed (null when it claims none: another node may be running them, or
 * no event has been processed yet); {@code head} is the last event in the store. {@code replaying}:
 * re-applying events up to {@code replayUntil}, the head when the replay was asked for. During a replay
 * {@code eventsPerSecond} is measured over the last few seconds by the node answering.
 * {@code deadLetters}: events the model could not apply, parked (in PostgreSQL, so every node sees
 * them) with later events of the same cases, {@code deadLetterCases} those cases, {@code lastError}
 * the latest cause. {@code error} is true while the processor is failing or anything is parked.
 */
public record ProcessorStatus(
        String name,
        boolean running,
        boolean error,
        int segmentsClaimedHere,
        Long position,
        long head,
        Long behind,
        boolean replaying,
        boolean caughtUp,
        Long replayUntil,
        Double eventsPerSecond,
        long deadLetters,
        long deadLetterCases,
        String lastError) {
}
