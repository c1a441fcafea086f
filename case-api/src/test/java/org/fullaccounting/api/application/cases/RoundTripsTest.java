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
 * connection idle for more than half a second), about one per request here; under load it rarely
 * runs. Measured on this code: 6.9 per append (sign-in, last sequence, append, case header read
 * and write, commit, ping), 4.05 per history read (sign-in, access log, history, ping); before
 * it, 11.0 and 7.0 (this test run on the commit before).
 */
class RoundTripsTest extends ApiTest {

    private static final Logger PROTOCOL = Logger.getLogger("org.postgresql.core.v3.QueryExecutorImpl");
    private static final int REQUESTS = 20;

    private final AtomicLong syncs = new AtomicLong();
    private final Handler counter = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getMessage() != null && record.getMessage().contains("FE=> Sync")
                    && Thread.currentThread().getName().startsWith("http-nio-")) {
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
        assertThat(perAppend).isLessThanOrEqualTo(7.5);
    }

    @Test
    void aHistoryReadTakesFewRoundTrips() {
        UUID caseId = openCase();
        note(caseId);
        caseworker.get("/api/cases/" + caseId + "/history").expectStatus(200);

        double perRead = perRequest(() -> caseworker.get("/api/cases/" + caseId + "/history").expectStatus(200));

        System.out.printf("round trips per HTTP Basic history read: %.2f%n", perRead);
        assertThat(perRead).isLessThanOrEqualTo(4.5);
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
