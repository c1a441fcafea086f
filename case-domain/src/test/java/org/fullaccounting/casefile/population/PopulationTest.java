package org.fullaccounting.casefile.population;

import org.fullaccounting.casefile.ServiceNumberRegistry;
import org.fullaccounting.casefile.api.CaseStatus;
import org.fullaccounting.casefile.api.CorrectEntryCommand;
import org.fullaccounting.casefile.api.RetractEntryCommand;
import org.fullaccounting.casefile.api.ReclassifyStatusCommand;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class PopulationTest {

    @Test
    void theSameSeedGivesTheSameCasesCommandsUsersAndTimes() {
        assertThat(Population.of(300, 42).cases().toList()).isEqualTo(Population.of(300, 42).cases().toList());
    }

    @Test
    void anotherSeedGivesAnotherPopulation() {
        List<GeneratedCase> one = Population.of(50, 42).cases().toList();
        List<GeneratedCase> other = Population.of(50, 43).cases().toList();
        assertThat(one.get(0).caseId()).isNotEqualTo(other.get(0).caseId());
        assertThat(one).isNotEqualTo(other);
    }

    @Test
    void aCaseCanBeGeneratedAloneAndComesOutAsInThePopulation() {
        Population population = Population.of(1_000, 7);
        assertThat(population.generate(517)).isEqualTo(population.cases().skip(517).findFirst().orElseThrow());
    }

    @Test
    void theKoreanWarPopulationOpensWithItsStatusesInTheirExactNumbers() {
        Map<CaseStatus, Long> opened = Population.of(Population.KOREAN_WAR_CASES, 1).cases()
                .collect(Collectors.groupingBy(c -> c.opening().status(), Collectors.counting()));
        assertThat(opened).containsOnly(
                Map.entry(CaseStatus.PRISONER_OF_WAR, 2_034L),
                Map.entry(CaseStatus.KILLED_IN_ACTION_BODY_NOT_RECOVERED, 1_784L),
                Map.entry(CaseStatus.MISSING_IN_ACTION, 4_140L),
                Map.entry(CaseStatus.MISSING_PRESUMED_DEAD, 98L));
    }

    @Test
    void theKoreanWarPopulationAveragesAbout120EventsWithALongTailOfThousands() {
        List<Integer> events = Population.of(Population.KOREAN_WAR_CASES, 1).cases()
                .map(GeneratedCase::events).toList();
        double average = events.stream().mapToInt(Integer::intValue).average().orElseThrow();
        assertThat(average).isBetween(100.0, 140.0);
        assertThat(events.stream().filter(n -> n >= 2_000).count()).isGreaterThanOrEqualTo(5);
        assertThat(events.stream().filter(n -> n <= 20).count()).isGreaterThan(500);
    }

    @Test
    void everyServiceNumberBelongsToOneCase() {
        Map<String, Long> numbers = Population.of(Population.KOREAN_WAR_CASES, 3).cases()
                .map(c -> ServiceNumberRegistry.normalize(c.opening().serviceNumber()))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(numbers).hasSize(Population.KOREAN_WAR_CASES);
    }

    @Test
    void casesHoldNameVariantsReclassificationsAndRetractionsWithWhoAndWhen() {
        List<GeneratedCase.Recorded> all = Population.of(500, 5).cases()
                .flatMap(c -> c.commands().stream()).toList();
        assertThat(all).anyMatch(r -> r.command() instanceof CorrectEntryCommand c && c.field().equals("name.family"));
        assertThat(all).anyMatch(r -> r.command() instanceof ReclassifyStatusCommand);
        assertThat(all).anyMatch(r -> r.command() instanceof RetractEntryCommand);
        assertThat(all).allMatch(r -> r.user() != null && r.recordedAt() != null);
    }
}
