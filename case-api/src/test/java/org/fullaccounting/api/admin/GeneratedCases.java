package org.fullaccounting.api.admin;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.fullaccounting.casefile.api.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Cases appended straight to the store (no HTTP), so that a replay has something to chew. */
final class GeneratedCases {

    private GeneratedCases() {
    }

    /** Appends {@code cases} stories of 27 events each (sightings, assessments, letters, notes); the events appended. */
    static long append(EventStore events, int cases) {
        long count = 0;
        for (int i = 0; i < cases; i++) {
            List<DomainEventMessage<?>> messages = messages(story(i));
            events.publish(messages);
            count += messages.size();
        }
        return count;
    }

    private static List<CaseEvent> story(int i) {
        UUID caseId = UUID.randomUUID();
        List<CaseEvent> story = new ArrayList<>();
        story.add(new CaseOpenedEvent(caseId, "GEN-" + caseId, new PersonName("Generated" + i, "Case", null),
                "Private", Branch.ARMY, "Unit " + (i % 7), HistoricalDate.of("1951-0" + (1 + i % 9)), "Korea",
                null, CaseStatus.MISSING_IN_ACTION, "generated"));
        story.add(new CaptivityFactRecordedEvent(caseId, UUID.randomUUID(), CaptivityFactKind.INTERNED, null, null,
                null, "Camp " + (i % 5), null, "generated"));
        for (int j = 0; j < 6; j++) {
            UUID sighting = UUID.randomUUID();
            story.add(new SightingReportedEvent(caseId, sighting, HistoricalDate.of("195" + j), null, "camp",
                    SourceKind.RETURNEE_DEBRIEF, null, "seen " + j, "debrief"));
            story.add(new SightingAssessedEvent(caseId, UUID.randomUUID(), sighting, Assessment.UNRESOLVED, null,
                    "open"));
            story.add(new CorrespondenceLoggedEvent(caseId, UUID.randomUUID(), HistoricalDate.of("196" + j),
                    CorrespondenceKind.LETTER, Direction.INCOMING, "family", "office", "inquiry " + j, null, null,
                    false));
            story.add(new NoteAddedEvent(caseId, UUID.randomUUID(), "note " + j));
        }
        story.add(new StatusReclassifiedEvent(caseId, UUID.randomUUID(), CaseStatus.MISSING_IN_ACTION,
                CaseStatus.MISSING_PRESUMED_DEAD, HistoricalDate.of("1954"), "board", null, "finding"));
        return story;
    }

    private static List<DomainEventMessage<?>> messages(List<CaseEvent> story) {
        UUID caseId = story.get(0).caseId();
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        for (int seq = 0; seq < story.size(); seq++) {
            messages.add(new GenericDomainEventMessage<>("CaseFile", caseId.toString(), seq, story.get(seq),
                    MetaData.with("user", "generator").and("roles", "CASEWORKER").and("requestId", "gen")
                            .and("recordedAt", Instant.now().toString())));
        }
        return messages;
    }
}
