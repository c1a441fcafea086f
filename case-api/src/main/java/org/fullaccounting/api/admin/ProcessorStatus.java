package org.fullaccounting.api.admin;

/**
 * One read model's processor as this node sees it. {@code position} is the lowest position of the
 * segments this node has claimed (null when it claims none: another node may be running them, or
 * no event has been processed yet); {@code head} is the last event in the store. {@code replaying}:
 * re-applying events up to {@code replayUntil}, the head when the replay was asked for. During a replay
 * {@code eventsPerSecond} is measured over the last few seconds by the node answering.
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
        Double eventsPerSecond) {
}
