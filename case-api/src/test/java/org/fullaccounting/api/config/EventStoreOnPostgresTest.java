package org.fullaccounting.api.config;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.ConcurrencyException;
import org.fullaccounting.api.ApiTest;
import org.fullaccounting.api.audit.Tampering;
import org.fullaccounting.casefile.api.NoteAddedEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The JDBC event store on a real PostgreSQL: duplicate appends, payload storage, snapshots. */
class EventStoreOnPostgresTest extends ApiTest {

    @Autowired
    EventStorageEngine storage;
    @Autowired
    EventStore events;
    @Autowired
    org.axonframework.config.Configuration axon;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void twoAppendsAtTheSameSequenceAreAConcurrencyConflictNotAGenericError() {
        UUID caseId = openCase();
        caseworker.post("/api/cases/" + caseId + "/notes", java.util.Map.of("text", "first writer")).expectStatus(201);

        // What a second node does when it loaded the case just before the first node's note.
        assertThatThrownBy(() -> transaction.executeWithoutResult(status ->
                storage.appendEvents(note(caseId, 1))))
                .isInstanceOf(ConcurrencyException.class);
        assertThat(eventCount(caseId)).isEqualTo(2);
    }

    @Test
    void payloadsAndMetadataAreStoredAsBytea() {
        assertThat(jdbc.queryForList("SELECT column_name FROM information_schema.columns WHERE table_name = "
                + "'domain_event_entry' AND data_type = 'bytea' ORDER BY column_name", String.class))
                .containsExactly("meta_data", "payload");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM pg_largeobject_metadata", Integer.class)).isZero();
    }

    @Test
    void aCaseWithTenThousandEventsLoadsFromASnapshotNotFromItsFirstEvent() {
        UUID caseId = openCase();
        appendNotes(caseId, 10_000);

        // The first load replays everything and, past the threshold, leaves a snapshot behind.
        assertThat(Tampering.loadCase(axon, caseId).value()).isEqualTo(10_001);
        Long snapshotAt = jdbc.queryForObject("SELECT max(sequence_number) FROM snapshot_event_entry "
                + "WHERE aggregate_identifier = ?", Long.class, caseId.toString());
        assertThat(snapshotAt).isEqualTo(10_000L);

        DomainEventStream stream = events.readEvents(caseId.toString());
        List<Object> loaded = new ArrayList<>();
        stream.forEachRemaining(message -> loaded.add(message.getPayload()));

        assertThat(loaded).hasSize(1);
        // A write loads the case from that snapshot; the case header, which the appends above went
        // past, folds the case from the store's events and counts every note.
        caseworker.post("/api/cases/" + caseId + "/notes", java.util.Map.of("text", "after the snapshot"))
                .expectStatus(201);
        JsonNode served = caseworker.get("/api/cases/" + caseId).expectStatus(200).json();
        assertThat(served.get("version").asLong()).isEqualTo(10_002);
        assertThat(served.get("counts").get("NOTE").asInt()).isEqualTo(10_001);
    }

    private void appendNotes(UUID caseId, int count) {
        for (int batchStart = 1; batchStart <= count; batchStart += 1000) {
            int start = batchStart;
            transaction.executeWithoutResult(status -> {
                List<DomainEventMessage<?>> batch = new ArrayList<>();
                for (long seq = start; seq < start + 1000 && seq <= count; seq++) {
                    batch.add(note(caseId, seq));
                }
                storage.appendEvents(batch);
            });
        }
    }

    private static DomainEventMessage<?> note(UUID caseId, long sequence) {
        return new GenericDomainEventMessage<>("CaseFile", caseId.toString(), sequence,
                new NoteAddedEvent(caseId, UUID.randomUUID(), "note " + sequence));
    }
}
