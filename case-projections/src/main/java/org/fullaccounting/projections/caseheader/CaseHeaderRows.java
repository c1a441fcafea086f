package org.fullaccounting.projections.caseheader;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.fullaccounting.casefile.CaseSummary;
import org.fullaccounting.casefile.api.Branch;
import org.fullaccounting.casefile.api.CaseStatus;
import org.fullaccounting.casefile.api.CaseVersion;
import org.fullaccounting.casefile.api.EntryKind;
import org.fullaccounting.casefile.api.HistoricalDate;
import org.fullaccounting.casefile.api.PersonName;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The case_header row to and from the header, shared by the projection and the query. */
final class CaseHeaderRows {

    static final String COLUMNS = "case_id, service_number, family_name, given_name, middle_name, rank, branch, "
            + "unit, loss_date, loss_place, status, last_seen_alive, non_recoverable, counts, retracted_entries, last_sequence";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, Integer>> COUNTS = new TypeReference<>() {
    };

    private CaseHeaderRows() {
    }

    static CaseHeader header(ResultSet rs) throws SQLException {
        PersonName name = new PersonName(rs.getString("family_name"), rs.getString("given_name"),
                rs.getString("middle_name"));
        String branch = rs.getString("branch");
        CaseSummary summary = new CaseSummary(rs.getObject("case_id", UUID.class), rs.getString("service_number"),
                name, rs.getString("rank"), branch == null ? null : Branch.valueOf(branch), rs.getString("unit"),
                HistoricalDate.ofNullable(rs.getString("loss_date")), rs.getString("loss_place"),
                CaseStatus.valueOf(rs.getString("status")), rs.getBoolean("last_seen_alive"),
                rs.getBoolean("non_recoverable"),
                counts(rs.getString("counts")), rs.getInt("retracted_entries"));
        return new CaseHeader(summary, CaseVersion.afterSequence(rs.getLong("last_sequence")));
    }

    /** The row's values in {@link #COLUMNS} order. */
    static Object[] values(CaseSummary s, long lastSequence) {
        PersonName name = s.name() == null ? new PersonName(null, null, null) : s.name();
        return new Object[]{s.caseId(), s.serviceNumber(), name.family(), name.given(), name.middle(), s.rank(),
                s.branch() == null ? null : s.branch().name(), s.unit(),
                s.lossDate() == null ? null : s.lossDate().value(), s.lossPlace(), s.status().name(),
                s.lastSeenAlive(), s.nonRecoverable(), json(s.counts()), s.retracted(), lastSequence};
    }

    private static String json(Map<EntryKind, Integer> counts) {
        Map<String, Integer> byName = new LinkedHashMap<>();
        counts.forEach((kind, count) -> byName.put(kind.name(), count));
        try {
            return JSON.writeValueAsString(byName);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<EntryKind, Integer> counts(String json) {
        Map<EntryKind, Integer> counts = new EnumMap<>(EntryKind.class);
        try {
            JSON.readValue(json, COUNTS).forEach((kind, count) -> counts.put(EntryKind.valueOf(kind), count));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable counts " + json, e);
        }
        return counts;
    }
}
