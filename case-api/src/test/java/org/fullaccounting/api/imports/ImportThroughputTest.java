package org.fullaccounting.api.imports;

import com.fasterxml.jackson.databind.JsonNode;
import org.fullaccounting.api.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12's target: the Korean War's 8,056 cases imported in at most 30 s, measured over real
 * HTTP from the POST to DONE. A measurement (the machine it runs on is part of the figure), so it is
 * tagged {@code benchmark}: left out of the default build, run with the benchmark
 * ({@code mvn -B -ntp -pl case-api -am test -Pbenchmark}) or alone with
 * {@code -Pbenchmark -Dtest=ImportThroughputTest}. The time is reported against the target, never asserted.
 */
@Tag("benchmark")
class ImportThroughputTest extends ApiTest {

    static final int ROWS = 8_056;
    static final String[] STATUSES = {"PRISONER_OF_WAR", "KILLED_IN_ACTION_BODY_NOT_RECOVERED", "MISSING_IN_ACTION",
            "MISSING_PRESUMED_DEAD"};
    static final String[] BRANCHES = {"ARMY", "NAVY", "MARINE_CORPS", "AIR_FORCE"};

    @Test
    void theKoreanWarsCasesAreImportedAndTheTimeIsReported() throws InterruptedException {
        String prefix = "KW" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 10_000);
        StringBuilder csv = new StringBuilder("service_number,family_name,given_name,middle_name,rank,branch,unit,"
                + "loss_date,loss_place,status,circumstances,source\r\n");
        for (int i = 0; i < ROWS; i++) {
            csv.append(String.format(Locale.ROOT, "%s-%06d,Family%d,Given%d,M.,Private First Class,%s,"
                            + "\"%dth Infantry Regiment, 2nd Battalion\",1950-%02d-%02d,\"near Unsan, North Korea\",%s,"
                            + "\"Missing after the battle; last seen \"\"near the river\"\"\",Korean War casualty list\r\n",
                    prefix, i, i, i, BRANCHES[i % 4], 1 + i % 30, 1 + i % 12, 1 + i % 28, STATUSES[i % 4]));
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);

        Instant posted = Instant.now();
        String location = caseworker.postBytes("/api/imports?fileName=korean-war.csv", file, "Content-Type", "text/csv")
                .expectStatus(202).header("Location");
        JsonNode run;
        int busy = 0;
        do {
            Thread.sleep(200);
            org.fullaccounting.api.Api.Response answer = caseworker.get(location);
            if (answer.status() == 503) {
                // The pool is busy (the read models catching up take its connections): ask again.
                busy++;
                run = null;
                continue;
            }
            run = answer.expectStatus(200).json();
        } while ((run == null || run.get("state").asText().equals("RUNNING"))
                && Instant.now().isBefore(posted.plusSeconds(300)));
        Duration took = Duration.between(posted, Instant.now());

        System.out.printf(Locale.ROOT, "IMPORT THROUGHPUT: %d rows (%d bytes) in %.1f s from POST to DONE; the import "
                        + "reports %.0f rows/s; %d cases opened; %d progress reads answered 503%n", ROWS, file.length,
                took.toMillis() / 1000.0, run.get("rowsPerSecond").asDouble(), run.get("casesOpened").asLong(), busy);
        assertThat(run.get("state").asText()).isEqualTo("DONE");
        assertThat(run.get("casesOpened").asLong()).isEqualTo(ROWS);
        System.out.printf(Locale.ROOT, "IMPORT THROUGHPUT: target 30 s %s%n",
                took.compareTo(Duration.ofSeconds(30)) <= 0 ? "met" : "NOT met");
    }
}
