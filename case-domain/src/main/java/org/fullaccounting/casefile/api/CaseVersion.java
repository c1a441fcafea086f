package org.fullaccounting.casefile.api;

/**
 * A case's version as everyone outside Axon counts it: the number of events recorded for the case
 * (1 once opened). It is the ETag, the {@code version} of a write's answer and of every read model.
 * Axon counts differently, by the sequence number of the last event, from 0; the one conversion
 * between the two lives here and nowhere else.
 */
public record CaseVersion(long value) implements Comparable<CaseVersion> {

    /** No event recorded: the case does not exist (yet). */
    public static final CaseVersion NONE = new CaseVersion(0);

    public CaseVersion {
        if (value < 0) {
            throw new IllegalArgumentException("a case version counts events: " + value);
        }
    }

    /** The version once the event with this (0-based) sequence number is recorded. */
    public static CaseVersion afterSequence(long sequenceNumber) {
        return new CaseVersion(sequenceNumber + 1);
    }

    /** From Axon's aggregate version (the last sequence number; null when the aggregate has no event). */
    public static CaseVersion ofAggregateVersion(Long aggregateVersion) {
        return aggregateVersion == null ? NONE : afterSequence(aggregateVersion);
    }

    /** The sequence number of the last event at this version: what Axon checks an expected version against. */
    public long lastSequence() {
        if (value == 0) {
            throw new IllegalStateException("a case without events has no last sequence number");
        }
        return value - 1;
    }

    public boolean isBefore(CaseVersion other) {
        return value < other.value;
    }

    @Override
    public int compareTo(CaseVersion other) {
        return Long.compare(value, other.value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
