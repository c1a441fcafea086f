package org.fullaccounting.projections;

import java.util.List;

/** One page of a longer list: {@code page} counts from 0, {@code total} is the whole list's size. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public static <T> Page<T> empty(int page, int size) {
        return new Page<>(List.of(), page, size, 0);
    }
}
