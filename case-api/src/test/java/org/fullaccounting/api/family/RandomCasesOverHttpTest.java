package org.fullaccounting.api.family;

import net.jqwik.api.RandomGenerator;
import net.jqwik.api.sessions.JqwikSession;
import org.fullaccounting.casefile.api.CaseEvent;
import org.fullaccounting.projections.testing.RandomCases;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fullaccounting.projections.testing.RandomCases.MARKER;

/**
 * The property of FamilyHistoryPropertiesTest over the running application: random cases (the same
 * generator) recorded through the API, then every family answer read as raw bodies: the case and
 * its history now and as of three instants, the family's case list and both family pages. Fewer
 * cases than in-process, because each costs dozens of requests; the seed is in every message.
 */
class RandomCasesOverHttpTest extends FamilyProbe {

    private static final int CASES = 5;

    @Test
    void noRestrictedMarkerOfARandomCaseReachesAFamilyOverTheApiOrThePages() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        List<List<RandomCases.Step>> cases = new ArrayList<>();
        JqwikSession.start();
        try {
            RandomGenerator<List<RandomCases.Step>> generator = RandomCases.steps(30).generator(1000);
            for (int i = 0; i < CASES; i++) {
                cases.add(generator.next(random).value());
            }
        } finally {
            JqwikSession.finish();
        }

        for (List<RandomCases.Step> steps : cases) {
            RandomCases.Case generated = RandomCases.build(UUID.randomUUID(), steps);
            UUID caseId = openCase();
            linkProbe(caseId);
            RecordedOverHttp http = new RecordedOverHttp(caseworker, admin, caseId, generated.caseId());
            List<Instant> instants = new ArrayList<>();
            for (CaseEvent event : generated.all().subList(1, generated.all().size())) {
                http.record(event);
                instants.add(Instant.now());
            }
            instants.add(Instant.now());
            awaitHistory(caseId);

            Map<String, String> reads = familyReads(caseId, List.of(instants.get(0),
                    instants.get(instants.size() / 2), instants.get(instants.size() - 1)));

            reads.forEach((name, body) -> assertThat(body)
                    .as("family's %s of a case from seed %s, steps %s", name, seed, steps)
                    .doesNotContain(MARKER));
        }
    }
}
