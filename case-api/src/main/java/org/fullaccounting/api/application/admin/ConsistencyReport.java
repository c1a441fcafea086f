package org.fullaccounting.api.application.admin;

import org.fullaccounting.projections.consistency.Difference;

import java.util.List;

/**
 * The recount's verdict. {@code differences} is the total; {@code examples} the first 100. A model
 * that was not caught up when checked may differ only because it had not applied the latest events
 * yet: check again.
 */
public record ConsistencyReport(
        long eventsCounted,
        int cases,
        long headAtStart,
        List<Model> models,
        long differences,
        List<Difference> examples) {

    public record Model(String name, long differences, boolean caughtUp, Long position) {
    }
}
