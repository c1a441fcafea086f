package org.fullaccounting.api.benchmark;

import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.Serializer;
import org.fullaccounting.api.infrastructure.axon.AxonSerializers;
import org.fullaccounting.projections.testing.TestDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

/**
 * The floor under a replay: every event of the store read in order and deserialized once (payload,
 * metadata, time), as the replay's one reader must before any read model applies it, but with less
 * around it: one cursor over plain JDBC and the application's own storage serializer, in the
 * benchmark's JVM, with the application stopped. No model applies anything.
 */
final class StoreScan {

    /** How many events the scan read, and how long it took. */
    record Scanned(long events, Duration took) {

        double perSecond() {
            return events / Math.max(0.001, took.toMillis() / 1000.0);
        }
    }

    private static final String ALL_EVENTS = "SELECT payload_type, payload_revision, payload, meta_data, time_stamp"
            + " FROM domain_event_entry ORDER BY global_index";
    private static final String METADATA = MetaData.class.getName();

    private StoreScan() {
    }

    /** Reads and deserializes every stored event; fails on any event it cannot read. */
    static Scanned everyEvent(TestDatabase.Database database) {
        Serializer serializer = AxonSerializers.storageSerializer();
        long started = System.nanoTime();
        long events = 0;
        try (Connection connection = database.dataSource().getConnection()) {
            connection.setAutoCommit(false); // pgjdbc streams with a fetch size only inside a transaction
            try (PreparedStatement all = connection.prepareStatement(ALL_EVENTS)) {
                all.setFetchSize(10_000);
                try (ResultSet rows = all.executeQuery()) {
                    while (rows.next()) {
                        Object payload = serializer.deserialize(new SimpleSerializedObject<>(rows.getBytes(3),
                                byte[].class, rows.getString(1), rows.getString(2)));
                        Object metaData = serializer.deserialize(new SimpleSerializedObject<>(rows.getBytes(4),
                                byte[].class, METADATA, null));
                        Instant.parse(rows.getString(5));
                        if (payload == null || metaData == null) {
                            throw new IllegalStateException("event " + events + " deserialized to nothing");
                        }
                        events++;
                    }
                }
            }
            connection.rollback();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the event store", e);
        }
        return new Scanned(events, Duration.ofNanos(System.nanoTime() - started));
    }
}
