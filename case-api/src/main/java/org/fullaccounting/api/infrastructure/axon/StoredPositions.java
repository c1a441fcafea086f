package org.fullaccounting.api.infrastructure.axon;

import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a read model stands in PostgreSQL, whichever node holds its segments: the lowest position
 * its stored tokens have reached, and when each segment's row was last written. What a node's own
 * processor reports says nothing of segments no node holds (a processor whose claims lapsed, one
 * stopped everywhere), and those are the ones whose read model silently falls behind.
 */
@Component
public class StoredPositions {

    /** The lowest position over the processor's segments (-1: a segment has processed nothing), and each segment. */
    public record Stored(long lowest, boolean replaying, List<Segment> segments) {

        /**
         * The longest time a segment behind {@code head} has gone without its row being written (a
         * processed batch, a claim extended), as of {@code now}; zero when none is behind.
         */
        public long untouchedSecondsBehind(long head, Instant now) {
            return segments.stream()
                    .filter(segment -> segment.position() < head && segment.touched() != null)
                    .mapToLong(segment -> Math.max(0, now.getEpochSecond() - segment.touched().getEpochSecond()))
                    .max().orElse(0);
        }
    }

    /** One segment's stored position and when its row was last written (null: never). */
    public record Segment(long position, Instant touched) {
    }

    private record Row(byte[] token, String type, String timestamp) {
    }

    private final JdbcTemplate jdbc;
    private final Serializer serializer;

    StoredPositions(JdbcTemplate jdbc, Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    /** Empty when the processor has no stored tokens yet (it never started). */
    public Optional<Stored> of(String processor) {
        List<Row> rows = jdbc.query("SELECT token, token_type, timestamp FROM token_entry WHERE processor_name = ?",
                (result, i) -> new Row(result.getBytes(1), result.getString(2), result.getString(3)), processor);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        long lowest = Long.MAX_VALUE;
        boolean replaying = false;
        List<Segment> segments = new ArrayList<>();
        for (Row row : rows) {
            TrackingToken token = token(row.token(), row.type());
            replaying |= token instanceof ReplayToken;
            long position = position(token);
            lowest = Math.min(lowest, position);
            segments.add(new Segment(position, row.timestamp() == null ? null : DateTimeUtils.parseInstant(row.timestamp())));
        }
        return Optional.of(new Stored(lowest, replaying, List.copyOf(segments)));
    }

    /** The position of a token as stored in token_entry (-1: no token, or one that has processed nothing). */
    public long position(byte[] token, String type) {
        return position(token(token, type));
    }

    private static long position(TrackingToken token) {
        return token == null ? -1 : token.position().orElse(-1);
    }

    private TrackingToken token(byte[] token, String type) {
        return token == null ? null
                : serializer.deserialize(new SimpleSerializedObject<>(token, byte[].class, type, null));
    }
}
