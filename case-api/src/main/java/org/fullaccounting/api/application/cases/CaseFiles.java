package org.fullaccounting.api.application.cases;

import org.fullaccounting.api.application.history.CaseHistories;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

import java.util.UUID;

/**
 * A case file as its reader may see it. The read goes through {@link CaseQueries}: the same
 * access rules as every read (404 for a case the reader may not know of) and the same access-log
 * entry, which names the download's address.
 */
@Service
public class CaseFiles {

    private final CaseQueries queries;
    private final CaseHistories histories;

    CaseFiles(CaseQueries queries, CaseHistories histories) {
        this.queries = queries;
        this.histories = histories;
    }

    public CaseFileDocument read(UUID caseId, Authentication who) {
        CaseReader.Current current = queries.read(caseId, null, who);
        if (CaseQueries.familyView(who)) {
            return CaseFileDocument.forFamily(FamilyCaseView.of(current.summary()),
                    histories.familyView(caseId));
        }
        return CaseFileDocument.forStaff(CaseView.of(current), histories.current(caseId));
    }
}
