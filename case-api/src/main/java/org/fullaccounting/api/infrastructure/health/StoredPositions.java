package org.fullaccounting.api.infrastructure.health;

import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Where a read model stands in PostgreSQL, whichever node holds its segments: the lowest position
 * its stored tokens have reached. What a node's own processor reports says nothing of segments no
 * node holds (a processor whose claims lapsed, one stopped everywhere), and those are the ones whose
 * read model silently falls behind.
 */
@Component
class StoredPositions {

    /** The lowest position over the processor's segments (-1: a segment has processed nothing). */
    record Stored(long lowest, boolean replaying) {
    }

    private record Row(byte[] token, String type) {
    }

    private final JdbcTemplate jdbc;
    private final Serializer serializer;

    StoredPositions(JdbcTemplate jdbc, Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    /** Empty when the processor has no stored tokens yet (it never started). */
    Optional<Stored> of(String processor) {
        List<Row> rows = jdbc.query("SELECT token, token_type FROM token_entry WHERE processor_name = ?",
                (result, i) -> new Row(result.getBytes(1), result.getString(2)), processor);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        long lowest = Long.MAX_VALUE;
        boolean replaying = false;
        for (Row row : rows) {
            TrackingToken token = row.token() == null ? null
                    : serializer.deserialize(new SimpleSerializedObject<>(row.token(), byte[].class, row.type(), null));
            replaying |= token instanceof ReplayToken;
            lowest = Math.min(lowest, token == null ? -1 : token.position().orElse(-1));
        }
        return Optional.of(new Stored(lowest, replaying));
    }
}
