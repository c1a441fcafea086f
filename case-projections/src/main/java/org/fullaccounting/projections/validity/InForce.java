package org.fullaccounting.projections.validity;

import org.fullaccounting.casefile.api.CaseStatus;
import org.fullaccounting.casefile.api.EntryKind;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What held for a case in the world on {@code validAt}, by the entries of the record read (now, or
 * as recorded at an instant): the status, the designations, and the entries by kind that held by
 * then (retracted ones left out and counted apart). {@code status} is null before the loss date:
 * the case had no status yet.
 */
public record InForce(LocalDate validAt, CaseStatus status, boolean lastSeenAlive, boolean nonRecoverable,
                      Map<EntryKind, Integer> counts, int retracted) {

    public InForce {
        counts = Collections.unmodifiableMap(counts.isEmpty() ? new EnumMap<>(EntryKind.class) : new EnumMap<>(counts));
    }
}
