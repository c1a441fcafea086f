package org.fullaccounting.api.application.lists;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.fullaccounting.api.application.imports.CsvCells;
import org.fullaccounting.casefile.CaseSummary;
import org.fullaccounting.casefile.api.PersonName;
import org.fullaccounting.projections.Page;
import org.fullaccounting.projections.board.BoardCase;
import org.fullaccounting.projections.board.CaseFilter;
import org.fullaccounting.projections.caseheader.CaseHeader;
import org.fullaccounting.projections.caseheader.CaseHeaderQuery;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The case list as CSV in the columns of a casualty list ({@link CsvCells#COLUMNS}), RFC 4180 by
 * Apache Commons CSV, so a file exported here can be imported again. Every case the filter keeps,
 * all pages, in the list's order, a page of {@value #PAGE} at a time (memory: one page). The
 * caller sees what {@link CaseLists} lets it see (a family: nothing but the header row).
 * Identity, rank, unit, loss and status are the case as it stands now; {@code circumstances} and
 * {@code source} are those the case was opened with (the opening event; later entries have their
 * own sources).
 */
@Service
public class CaseListExport {

    static final int PAGE = 200;

    private final CaseLists lists;
    private final CaseHeaderQuery headers;
    private final JdbcTemplate jdbc;

    CaseListExport(CaseLists lists, CaseHeaderQuery headers, JdbcTemplate jdbc) {
        this.lists = lists;
        this.headers = headers;
        this.jdbc = jdbc;
    }

    public void write(CaseFilter filter, String query, Authentication who, Writer out) {
        try {
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                    .setHeader(CsvCells.COLUMNS.toArray(String[]::new)).get());
            for (int page = 0; ; page++) {
                Page<BoardCase> cases = lists.list(filter.atPage(page, PAGE), query, who);
                List<UUID> ids = cases.items().stream().map(BoardCase::caseId).toList();
                Map<UUID, CaseHeader> listed = headers.findAll(ids);
                Map<UUID, String[]> openings = openings(ids);
                for (UUID caseId : ids) {
                    CaseHeader header = listed.get(caseId);
                    if (header != null) {
                        csv.printRecord(row(header.summary(), openings.getOrDefault(caseId, new String[2])));
                    }
                }
                if (cases.items().size() < PAGE || (long) (page + 1) * PAGE >= cases.total()) {
                    break;
                }
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> row(CaseSummary c, String[] opening) {
        PersonName name = c.name();
        return java.util.stream.Stream.of(c.serviceNumber(), name == null ? null : name.family(),
                        name == null ? null : name.given(), name == null ? null : name.middle(), c.rank(),
                        c.branch() == null ? null : c.branch().name(), c.unit(),
                        c.lossDate() == null ? null : c.lossDate().value(), c.lossPlace(),
                        c.status() == null ? null : c.status().name(), opening[0], opening[1])
                .map(value -> value == null ? "" : CsvCells.escape(value)).toList();
    }

    /** Circumstances and source of each case's opening event, one query per page. */
    private Map<UUID, String[]> openings(List<UUID> cases) {
        Map<UUID, String[]> openings = new HashMap<>();
        if (cases.isEmpty()) {
            return openings;
        }
        jdbc.query("SELECT aggregate_identifier, convert_from(payload, 'UTF8')::jsonb ->> 'circumstances' AS c, "
                        + "convert_from(payload, 'UTF8')::jsonb ->> 'source' AS s FROM domain_event_entry "
                        + "WHERE sequence_number = 0 AND aggregate_identifier = ANY (?)",
                rs -> {
                    openings.put(UUID.fromString(rs.getString(1)), new String[]{rs.getString("c"), rs.getString("s")});
                }, (Object) cases.stream().map(UUID::toString).toArray(String[]::new));
        return openings;
    }
}
