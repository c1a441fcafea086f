package org.fullaccounting.casefile;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fullaccounting.casefile.api.Branch;
import org.fullaccounting.casefile.api.CaseOpenedEvent;
import org.fullaccounting.casefile.api.CaseStatus;
import org.fullaccounting.casefile.api.HistoricalDate;
import org.fullaccounting.casefile.api.OpenCaseCommand;
import org.fullaccounting.casefile.api.PersonName;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Pinned ids, an in-memory service number registry and the opening of Cpl. Roger A. Dumas's case,
 * so that each test states only what it is about. Entries of the case are in {@link EntryFixtures}.
 */
final class CaseFixtures {

    static final UUID CASE_ID = UUID.fromString("0d0a5000-0000-4000-8000-000000000001");
    static final UUID OTHER_CASE_ID = UUID.fromString("0d0a5000-0000-4000-8000-000000000002");

    private CaseFixtures() {
    }

    static AggregateTestFixture<CaseFile> caseFileFixture(ServiceNumberRegistry serviceNumbers) {
        AggregateTestFixture<CaseFile> fixture = new AggregateTestFixture<>(CaseFile.class);
        fixture.registerInjectableResource(serviceNumbers);
        return fixture;
    }

    /** Entry ids are pinned too: entry 7 is always the same UUID. */
    static UUID entryId(int number) {
        return UUID.fromString(String.format("e0000000-0000-4000-8000-%012d", number));
    }

    static HistoricalDate date(String value) {
        return HistoricalDate.ofNullable(value);
    }

    static Opening opening() {
        return new Opening();
    }

    /** The case as opened with the defaults below. */
    static CaseOpenedEvent opened() {
        return opening().event();
    }

    /** The case of Cpl. Roger A. Dumas, declared Missing, Presumed Dead in 1954. */
    static final class Opening extends Defaults<Opening> {
        UUID caseId = CASE_ID;
        String serviceNumber = "RA 11 190 352";
        PersonName name = new PersonName("Dumas", "Roger", "A.");
        String rank = "Cpl.";
        Branch branch = Branch.ARMY;
        String unit = "19th Infantry Regiment, 24th Infantry Division";
        String lossDate = "1950-11-04";
        String lossPlace = "near the Yalu River";
        String circumstances = "captured by Chinese and DPRK forces";
        CaseStatus status = CaseStatus.MISSING_PRESUMED_DEAD;
        String source = "Department of the Army finding, 1954";

        OpenCaseCommand command() {
            return new OpenCaseCommand(caseId, serviceNumber, name, rank, branch, unit, date(lossDate), lossPlace,
                    circumstances, status, source);
        }

        CaseOpenedEvent event() {
            return new CaseOpenedEvent(caseId, serviceNumber, name, rank, branch, unit, date(lossDate), lossPlace,
                    circumstances, status, source);
        }
    }

    /** Lets a test change any default in place: {@code opening().with(o -> o.status = ACCOUNTED_FOR)}. */
    abstract static class Defaults<B extends Defaults<B>> {

        @SuppressWarnings("unchecked")
        B with(Consumer<B> change) {
            change.accept((B) this);
            return (B) this;
        }
    }

    /** Claims as the PostgreSQL registry does: the first case to claim a number keeps it. */
    static final class InMemoryServiceNumberRegistry implements ServiceNumberRegistry {

        private final Map<String, UUID> claims = new HashMap<>();

        @Override
        public Optional<UUID> claim(String normalizedServiceNumber, UUID caseId) {
            return Optional.ofNullable(claims.putIfAbsent(normalizedServiceNumber, caseId));
        }

        /** Another case already opened with this number, as written on its own opening. */
        InMemoryServiceNumberRegistry heldBy(String serviceNumber, UUID caseId) {
            claims.put(ServiceNumberRegistry.normalize(serviceNumber), caseId);
            return this;
        }

        Map<String, UUID> claims() {
            return Map.copyOf(claims);
        }
    }
}
