package org.fullaccounting.api.admin;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.fullaccounting.api.Api;
import org.fullaccounting.api.reads.Eventually;
import org.fullaccounting.casefile.api.*;
import org.fullaccounting.projections.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events already in the store with text PostgreSQL cannot store (written before the API refused
 * it, or restored from an archive) are projected by every read model, the text made storable,
 * never parked for ever and never stalling the stream. In a database of its own: such an event
 * stays in the store for good, and other tests' SQL over every event need not expect it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StoredUnstorableTextTest {

    private static final String NUL = "\u0000";
    private static final String ADMIN_PASSWORD = "admin-password-for-tests";
    private static final TestDatabase.Database RESTORED = TestDatabase.fresh();

    @LocalServerPort
    private int port;

    @Autowired
    private JdbcTemplate jdbc;

    private Api admin;

    @DynamicPropertySource
    static void restoredDatabase(DynamicPropertyRegistry properties) {
        properties.add("spring.datasource.url", RESTORED::url);
        properties.add("spring.datasource.username", RESTORED::user);
        properties.add("spring.datasource.password", RESTORED::password);
        properties.add("fa.sample-data", () -> "false");
        properties.add("fa.admin-password", () -> ADMIN_PASSWORD);
    }

    @BeforeEach
    void signIn() {
        admin = Api.at(port).as("admin", ADMIN_PASSWORD);
    }

    @Autowired
    private EventStore events;

    @Test
    void eventsStoredWithNulTextReachEveryReadModelAndTheRecountFindsNoDifference() {
        assertThat(RESTORED.url()).contains("/" + jdbc.queryForObject("SELECT current_database()", String.class));
        UUID caseId = UUID.randomUUID();
        String serviceNumber = "NUL" + NUL + UUID.randomUUID();
        List<CaseEvent> story = List.of(
                new CaseOpenedEvent(caseId, serviceNumber, new PersonName("Du" + NUL + "mas", "Ro" + NUL + "ger", null),
                        "Cor" + NUL + "poral", Branch.ARMY, "19th" + NUL, HistoricalDate.of("1950-11"), "Yalu" + NUL,
                        "captured" + NUL, CaseStatus.MISSING_IN_ACTION, "petition" + NUL),
                new CaptivityFactRecordedEvent(caseId, UUID.randomUUID(), CaptivityFactKind.INTERNED, null, null, null,
                        "Camp" + NUL + "5", null, "debrief" + NUL),
                new SightingReportedEvent(caseId, UUID.randomUUID(), HistoricalDate.of("1979"), null, "farm" + NUL,
                        SourceKind.DEFECTOR, "wit" + NUL + "ness", "seen" + NUL, "report" + NUL),
                new CorrespondenceLoggedEvent(caseId, UUID.randomUUID(), HistoricalDate.of("1954"),
                        CorrespondenceKind.LETTER, Direction.INCOMING, "Lee" + NUL, "office" + NUL, "repat" + NUL,
                        "sum" + NUL, "doc" + NUL, false),
                new NoteAddedEvent(caseId, UUID.randomUUID(), "note" + NUL),
                new EntryCorrectedEvent(caseId, UUID.randomUUID(), caseId, EntryKind.CASE_OPENED, "name.family",
                        "Du" + NUL + "maz", "another spelling" + NUL, "second source" + NUL),
                new FamilyMemberLinkedEvent(caseId, UUID.randomUUID(), "fam" + NUL + "ily", "linked" + NUL));
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        for (int seq = 0; seq < story.size(); seq++) {
            messages.add(new GenericDomainEventMessage<>("CaseFile", caseId.toString(), seq, story.get(seq),
                    MetaData.with("user", "restor" + NUL + "er").and("roles", "CASEWORKER").and("requestId", "restore")
                            .and("recordedAt", Instant.now().toString())));
        }

        events.publish(messages);

        long head = events.createHeadToken().position().orElse(-1);
        Eventually.until("every read model past the stored events", () -> admin.get("/api/admin/projections").json(),
                statuses -> {
                    for (JsonNode s : statuses) {
                        if (!s.hasNonNull("position") || s.get("position").asLong() < head) {
                            return false;
                        }
                    }
                    return true;
                });
        for (JsonNode s : admin.get("/api/admin/projections").json()) {
            String model = s.get("name").asText();
            assertThat(admin.get("/api/admin/projections/" + model + "/dead-letters").json().findValuesAsText("caseId"))
                    .as("parked by %s", model).doesNotContain(caseId.toString());
        }
        assertThat(rows("history_entry", caseId)).isEqualTo(story.size());
        assertThat(rows("board_case", caseId)).isEqualTo(1);
        assertThat(rows("board_camp", caseId)).isEqualTo(1);
        assertThat(rows("sighting", caseId)).isEqualTo(1);
        assertThat(rows("correspondence", caseId)).isEqualTo(1);
        assertThat(rows("search_name", caseId)).isEqualTo(2);
        assertThat(rows("family_link", caseId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT family_name FROM board_case WHERE case_id = ?", String.class, caseId))
                .isEqualTo("Du\uFFFDmas");
        JsonNode report = admin.get("/api/admin/projections/consistency").expectStatus(200).json();
        assertThat(report.get("differences").asLong()).as("%s", report).isZero();
    }

    private int rows(String table, UUID caseId) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table + " WHERE case_id = ?", Integer.class, caseId);
    }
}
