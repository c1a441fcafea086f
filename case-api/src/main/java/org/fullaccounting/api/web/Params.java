package org.fullaccounting.api.web;

import org.fullaccounting.api.application.refusals.Refusal;

import org.fullaccounting.casefile.api.HistoricalDate;

/** Checks of query parameters shared by the read endpoints; each failure names its parameter. */
public final class Params {

    public static final int MAX_PAGE_SIZE = 200;

    private Params() {
    }

    public static int page(int page) {
        if (page < 0) {
            throw Refusal.invalidParameter("page", "must be 0 or more");
        }
        return page;
    }

    public static int size(int size) {
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw Refusal.invalidParameter("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        return size;
    }

    /** A historical date as the API takes them: YYYY, YYYY-MM or YYYY-MM-DD. */
    public static HistoricalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!HistoricalDate.isValid(value.trim())) {
            throw Refusal.invalidParameter(name, "must be a date as YYYY, YYYY-MM or YYYY-MM-DD");
        }
        return HistoricalDate.of(value.trim());
    }

    public static void range(String fromName, HistoricalDate from, String toName, HistoricalDate to) {
        if (from != null && to != null && to.latestDay().isBefore(from.earliestDay())) {
            throw Refusal.invalidParameter(toName, "must not be before " + fromName);
        }
    }

    /** Blank means absent; otherwise trimmed and at most 200 characters. */
    public static String text(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > 200) {
            throw Refusal.invalidParameter(name, "must be at most 200 characters");
        }
        return value.trim();
    }
}
