package org.fullaccounting.projections.validity;

import org.fullaccounting.casefile.api.EntryKind;
import org.fullaccounting.casefile.api.HistoricalDate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The day from which an entry holds in the world, the one rule {@code validAt} reads by:
 * <ul>
 *   <li>a dated entry holds from the <em>earliest</em> day its date can mean: "1954" from 1954-01-01,
 *       "1954-02" from 1954-02-01, a range "1953-08-05/1953-09-06" from its start, "circa 1950" from
 *       1950-01-01 (the date the history sorts it by);</li>
 *   <li>an entry the sources give no date (a note, an assessment, a Last Seen Alive designation) holds
 *       from the day it was recorded, in UTC: the record knows of it only since then;</li>
 *   <li>the opening with no loss date holds always: the status a case is opened with is its status for
 *       as far back as the record goes.</li>
 * </ul>
 * The entry's own date decides; a correction from another source ("1984" beside "1983") stands beside
 * it and does not move it.
 */
public final class WorldDates {

    private WorldDates() {
    }

    public static LocalDate from(EntryKind kind, String happenedOn, Instant recordedAt) {
        if (happenedOn != null) {
            return HistoricalDate.of(happenedOn).earliestDay();
        }
        if (kind == EntryKind.CASE_OPENED || recordedAt == null) {
            return LocalDate.MIN;
        }
        return LocalDate.ofInstant(recordedAt, ZoneOffset.UTC);
    }

    /** True when an entry with this date holds on {@code validAt}. */
    public static boolean holdsOn(LocalDate validAt, EntryKind kind, String happenedOn, Instant recordedAt) {
        return !from(kind, happenedOn, recordedAt).isAfter(validAt);
    }
}
