package org.fullaccounting.api.cases;

import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.fullaccounting.casefile.CaseFile;
import org.fullaccounting.casefile.CaseSummary;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/**
 * Reads a case's current state from the event store through the aggregate's own repository
 * (latest snapshot plus the events after it), so the version in the ETag is exactly the one
 * If-Match is checked against.
 */
@Component
public class CaseReader {

    private final org.axonframework.config.Configuration axon;

    CaseReader(org.axonframework.config.Configuration axon) {
        this.axon = axon;
    }

    /** The current state and its version (number of events recorded for the case). */
    public record Current(CaseSummary summary, long version) {
    }

    /**
     * The case exactly as recorded at {@code asOf}: its events stamped up to then, folded by the
     * aggregate's own handlers (see PastCases). Empty when the case did not exist yet.
     */
    public Optional<Current> asOf(UUID caseId, java.time.Instant asOf) {
        return org.fullaccounting.api.timetravel.PastCases.at(axon, caseId, asOf)
                .map(past -> new Current(past.summary(), past.version()));
    }

    public Optional<Current> current(UUID caseId) {
        Repository<CaseFile> repository = axon.repository(CaseFile.class);
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        try {
            Aggregate<CaseFile> aggregate = repository.load(caseId.toString());
            Current current = new Current(aggregate.invoke(CaseFile::summary), aggregate.version() + 1);
            unitOfWork.commit();
            return Optional.of(current);
        } catch (AggregateNotFoundException unknown) {
            unitOfWork.rollback();
            return Optional.empty();
        } catch (RuntimeException failure) {
            unitOfWork.rollback(failure);
            throw failure;
        }
    }
}
