package org.fullaccounting.api.admin;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.fullaccounting.api.Api;
import org.fullaccounting.api.FullAccountingApplication;
import org.fullaccounting.casefile.api.*;
import org.fullaccounting.projections.testing.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Application nodes in this JVM, each a context of its own name, for the replay tests. */
final class ReplayNodes {

    static final String PASSWORD = "admin-password-for-tests";

    private ReplayNodes() {
    }

    /** A node of its own name on the database, with any further settings ("--name=value"). */
    static ConfigurableApplicationContext node(TestDatabase.Database database, TestDatabase.Roles roles, String name,
                                               String... settings) {
        // Command-line arguments: they outrank application.yml.
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--fa.node-id=" + name,
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + roles.app(),
                "--spring.datasource.password=" + roles.appPassword(),
                "--spring.flyway.user=" + roles.owner(),
                "--spring.flyway.password=" + roles.ownerPassword(),
                "--fa.sample-data=false",
                "--fa.admin-password=" + PASSWORD));
        arguments.addAll(List.of(settings));
        return new SpringApplicationBuilder(FullAccountingApplication.class).run(arguments.toArray(String[]::new));
    }

    static Api admin(ConfigurableApplicationContext node) {
        return Api.at(port(node)).as("admin", PASSWORD);
    }

    static int port(ConfigurableApplicationContext node) {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    /** Generated cases appended straight to the store; returns how many events (one history row each). */
    static long appendCases(ConfigurableApplicationContext node, int cases) {
        EventStore store = node.getBean(EventStore.class);
        long count = 0;
        for (int i = 0; i < cases; i++) {
            UUID caseId = UUID.randomUUID();
            List<CaseEvent> story = new ArrayList<>();
            story.add(new CaseOpenedEvent(caseId, "GEN-" + caseId, new PersonName("Generated" + i, "Case", null),
                    "Private", Branch.ARMY, "Unit " + (i % 7), HistoricalDate.of("1951-0" + (1 + i % 9)), "Korea",
                    null, CaseStatus.MISSING_IN_ACTION, "generated"));
            for (int j = 0; j < 10; j++) {
                story.add(new NoteAddedEvent(caseId, UUID.randomUUID(), "note " + j));
                story.add(new SightingReportedEvent(caseId, UUID.randomUUID(), HistoricalDate.of("195" + j), null,
                        "camp", SourceKind.RETURNEE_DEBRIEF, null, "seen " + j, "debrief"));
            }
            List<DomainEventMessage<?>> messages = new ArrayList<>();
            for (int seq = 0; seq < story.size(); seq++) {
                messages.add(new GenericDomainEventMessage<>("CaseFile", caseId.toString(), seq, story.get(seq),
                        MetaData.with("user", "generator").and("roles", "CASEWORKER").and("requestId", "gen")
                                .and("recordedAt", Instant.now().toString())));
            }
            store.publish(messages);
            count += messages.size();
        }
        return count;
    }

    /** Polls for up to 45 s: sharing segments out waits on the processors' claim intervals. */
    static <T> T waitFor(String what, Supplier<T> read, Predicate<T> done) {
        long deadline = System.nanoTime() + Duration.ofSeconds(45).toNanos();
        T value = read.get();
        while (!done.test(value)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up waiting for " + what + "; last seen: " + value);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            value = read.get();
        }
        return value;
    }
}
