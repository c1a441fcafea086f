package org.fullaccounting.projections.history;

import org.fullaccounting.casefile.api.HistoricalDate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Puts things in the order of their written dates ({@link HistoricalDate}'s order, undated last),
 * keeping the given order among equal dates. Each date is parsed once into its sort key: a history
 * has a hundred entries or more, and parsing both dates at every comparison of the sort was the
 * largest part of a history read's CPU.
 */
public final class Chronological {

    private record Keyed<T>(HistoricalDate.SortKey key, T item) {
    }

    private Chronological() {
    }

    /** A new list of the items, by date; stable, so equal dates keep the order given. */
    public static <T> List<T> sorted(Collection<T> items, Function<T, String> writtenDate) {
        List<Keyed<T>> keyed = new ArrayList<>(items.size());
        for (T item : items) {
            HistoricalDate date = HistoricalDate.ofNullable(writtenDate.apply(item));
            keyed.add(new Keyed<>(date == null ? null : date.sortKey(), item));
        }
        keyed.sort((a, b) -> undatedLast(a.key(), b.key()));
        List<T> sorted = new ArrayList<>(keyed.size());
        keyed.forEach(k -> sorted.add(k.item()));
        return sorted;
    }

    private static int undatedLast(HistoricalDate.SortKey a, HistoricalDate.SortKey b) {
        if (a == null || b == null) {
            return a == b ? 0 : a == null ? 1 : -1;
        }
        return a.compareTo(b);
    }
}
