package org.fullaccounting.api.application.cases;

import org.fullaccounting.api.ApiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How many times a request waits for PostgreSQL: each statement (and each commit) is one round trip
 * ending in the driver's Sync message, counted here on the server's request threads from the
 * driver's own protocol log. The count does not depend on how busy the machine is, unlike the
 * benchmark's timings, so it guards what issue 10's work on the write and read paths took out.
 * Sent one after another, these requests also meet Hikari's liveness check (a bare Sync on a
 * connection idle for more than half a second): it is not counted, since how often it runs depends
 * on timing. Measured on issue 10's write path without it: 6 per append (sign-in, last sequence,
 * append, case header read and write, commit), 3 per history read (sign-in, access log, history);
 * before that work, 11.0 and 7.0 with the liveness checks counted. Since issue 13's citations a
 * history read takes a fourth: the source register's sources the case cites and is linked to, read
 * when the history is read so a corrected title shows (one statement for both).
 */
class RoundTripsTest extends ApiTest {

    private static final Logger PROTOCOL = Logger.getLogger("org.postgresql.core.v3.QueryExecutorImpl");
    private static final int REQUESTS = 20;

    private final AtomicLong syncs = new AtomicLong();
    private final ThreadLocal<Boolean> executed = ThreadLocal.withInitial(() -> false);
    private final Handler counter = new Handler() {
        @Override
        public void publish(LogRecord record) {
            String message = record.getMessage();
            if (message == null || !Thread.currentThread().getName().startsWith("http-nio-")) {
                return;
            }
            if (message.contains("FE=> Execute")) {
                executed.set(true);
            } else if (message.contains("FE=> Sync") && executed.get()) {
                // A Sync after a statement; a bare Sync (the pool's liveness check) is not one.
                executed.set(false);
                syncs.incrementAndGet();
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Level levelBefore;
    private boolean parentsBefore;

    @BeforeEach
    void countRoundTrips() {
        levelBefore = PROTOCOL.getLevel();
        parentsBefore = PROTOCOL.getUseParentHandlers();
        PROTOCOL.setUseParentHandlers(false);
        PROTOCOL.addHandler(counter);
        PROTOCOL.setLevel(Level.FINEST);
    }

    @AfterEach
    void stopCounting() {
        PROTOCOL.setLevel(levelBefore);
        PROTOCOL.removeHandler(counter);
        PROTOCOL.setUseParentHandlers(parentsBefore);
    }

    @Test
    void aNoteAppendedToACaseWrittenBeforeTakesFewRoundTrips() {
        UUID caseId = openCase();
        note(caseId);

        double perAppend = perRequest(() -> note(caseId));

        System.out.printf("round trips per HTTP Basic note append (case written before): %.2f%n", perAppend);
        assertThat(perAppend).isLessThanOrEqualTo(6.5);
    }

    @Test
    void aHistoryReadTakesFewRoundTrips() {
        UUID caseId = openCase();
        long version = ((org.fullaccounting.api.Api.Response) note(caseId)).json().get("version").asLong();
        // Measured once the model holds the case: before, a read also asks the store whether the case exists.
        org.fullaccounting.api.reads.Eventually.until("the note in the history model",
                () -> caseworker.get("/api/cases/" + caseId + "/history?minVersion=" + version).status(),
                status -> status == 200);

        double perRead = perRequest(() -> caseworker.get("/api/cases/" + caseId + "/history").expectStatus(200));

        System.out.printf("round trips per HTTP Basic history read: %.2f%n", perRead);
        // Was 3 before issue 13, which added the cited and linked sources (one
        // statement) and the correlated sighting reports (their rows and their assessments). Folding
        // them into the history's own statement is open work of issue 10; this bound keeps it from growing.
        assertThat(perRead).isLessThanOrEqualTo(6.5);
    }

    private Object note(UUID caseId) {
        return caseworker.post("/api/cases/" + caseId + "/notes", Map.of("text", "counted")).expectStatus(201);
    }

    private double perRequest(Supplier<Object> request) {
        long before = syncs.get();
        for (int i = 0; i < REQUESTS; i++) {
            request.get();
        }
        return (syncs.get() - before) / (double) REQUESTS;
    }
}
