package org.fullaccounting.api.application.cases;

import org.fullaccounting.api.application.access.AccessPolicy;
import org.fullaccounting.api.application.refusals.Refusal;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads of one case's state, for the API and the pages alike: each passes the access policy
 * (which logs it) before anything of the case is read.
 */
@Service
public class CaseQueries {

    private final CaseReader reader;
    private final AccessPolicy access;

    CaseQueries(CaseReader reader, AccessPolicy access) {
        this.reader = reader;
        this.access = access;
    }

    /** The case now, or as recorded at {@code asOf} when given; unknown and not-yours answer alike. */
    public CaseReader.Current read(UUID caseId, Instant asOf, Authentication who) {
        return read(caseId, asOf, null, who);
    }

    /** As {@link #read(UUID, Instant, Authentication)}, with what held in the world on {@code validAt} when given. */
    public CaseReader.Current read(UUID caseId, Instant asOf, LocalDate validAt, Authentication who) {
        access.requireReadable(caseId, who);
        return readIfRecorded(caseId, asOf, validAt).orElseThrow(() -> Refusal.unknownCase(caseId));
    }

    /**
     * The case now or at {@code asOf}, empty when it had no events then (the audit page shows an
     * empty state for an instant before the opening); the read is checked and logged all the same.
     */
    public Optional<CaseReader.Current> readIfRecorded(UUID caseId, Instant asOf, LocalDate validAt,
                                                       Authentication who) {
        access.requireReadable(caseId, who);
        return readIfRecorded(caseId, asOf, validAt);
    }

    private Optional<CaseReader.Current> readIfRecorded(UUID caseId, Instant asOf, LocalDate validAt) {
        if (validAt != null) {
            return reader.validAt(caseId, asOf, validAt);
        }
        return asOf == null ? reader.current(caseId) : reader.asOf(caseId, asOf);
    }

    /** A family account's own cases, each read logged. */
    public List<CaseReader.Current> linkedCases(Authentication who) {
        return access.readableLinkedCases(who).stream()
                .map(reader::current)
                .flatMap(Optional::stream)
                .toList();
    }

    /** The response form for this reader: families get the allow-listed view, staff the full one. */
    public static boolean familyView(Authentication who) {
        return AccessPolicy.familyView(who);
    }
}
