package org.fullaccounting.projections;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What operating a read model needs from it, whatever it holds: the processor that builds it,
 * the tables it owns (cleared on replay), and the facts it states about each case, which the
 * consistency check compares with a recount from the event store.
 */
public interface ReadModel {

    /** The processor (and processing group) name, also the name in the admin API. */
    String name();

    /** Every table the model owns, in the order they are cleared. */
    List<String> tables();

    /** Fact name to value, per case, as the model states them now (see {@code consistency.Recount}). */
    Map<UUID, Map<String, Object>> factsByCase();
}
