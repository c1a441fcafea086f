package org.fullaccounting.projections.board;

import org.fullaccounting.casefile.api.Branch;
import org.fullaccounting.casefile.api.CaseStatus;
import org.fullaccounting.casefile.api.HistoricalDate;

import java.util.List;
import java.util.UUID;

/**
 * Which cases to list and how. Null fields do not filter. {@code rankedCaseIds} (from a search)
 * limits the list to those cases and, with {@link Sort#RELEVANCE}, keeps their order. The loss
 * date range keeps cases whose (possibly partial) date of loss can fall inside it. {@code camp} matches
 * the captivity facts' free text; {@code incidentId} and {@code campId} keep the cases linked to that
 * loss incident or camp record.
 */
public record CaseFilter(
        CaseStatus status,
        Branch branch,
        String unit,
        String camp,
        UUID incidentId,
        UUID campId,
        Boolean lastSeenAlive,
        HistoricalDate lossFrom,
        HistoricalDate lossTo,
        List<UUID> rankedCaseIds,
        Sort sort,
        boolean descending,
        int page,
        int size) {

    public enum Sort {
        NAME("family_name %1$s, given_name %1$s, case_id"),
        SERVICE_NUMBER("service_number %1$s, case_id"),
        STATUS("status %1$s, family_name, case_id"),
        LOSS_DATE("loss_earliest %1$s NULLS LAST, loss_latest %1$s, case_id"),
        OPENED("opened_at %1$s, case_id"),
        RELEVANCE("array_position(?::uuid[], case_id) %1$s, case_id");

        private final String orderBy;

        Sort(String orderBy) {
            this.orderBy = orderBy;
        }

        String orderBy(boolean descending) {
            return String.format(orderBy, descending ? "DESC" : "ASC");
        }
    }

    /** A filter by neither incident nor camp record. */
    public CaseFilter(CaseStatus status, Branch branch, String unit, String camp, Boolean lastSeenAlive,
                      HistoricalDate lossFrom, HistoricalDate lossTo, List<UUID> rankedCaseIds, Sort sort,
                      boolean descending, int page, int size) {
        this(status, branch, unit, camp, null, null, lastSeenAlive, lossFrom, lossTo, rankedCaseIds, sort, descending,
                page, size);
    }

    /** The same filter, linked to this incident and camp record (null: any). */
    public CaseFilter linkedTo(UUID incidentId, UUID campId) {
        return new CaseFilter(status, branch, unit, camp, incidentId, campId, lastSeenAlive, lossFrom, lossTo,
                rankedCaseIds, sort, descending, page, size);
    }

    /** The same filter, at another page. */
    public CaseFilter atPage(int page, int size) {
        return new CaseFilter(status, branch, unit, camp, incidentId, campId, lastSeenAlive, lossFrom, lossTo,
                rankedCaseIds, sort, descending, page, size);
    }

    /** The same filter, limited to (and, by relevance, ordered as) these cases. */
    public CaseFilter within(List<UUID> caseIds) {
        return new CaseFilter(status, branch, unit, camp, incidentId, campId, lastSeenAlive, lossFrom, lossTo, caseIds,
                sort, descending, page, size);
    }

    public static CaseFilter all() {
        return new CaseFilter(null, null, null, null, null, null, null, null, Sort.NAME, false, 0, 50);
    }
}
