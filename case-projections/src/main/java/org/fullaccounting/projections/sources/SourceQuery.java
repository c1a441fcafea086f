package org.fullaccounting.projections.sources;

import org.fullaccounting.projections.Sql;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads the source register. Search is tolerant of spelling as case search is: pg_trgm word
 * similarity of the query against the title, archive reference, authors and parties ({@code <%},
 * threshold 0.6), or the query as a substring; best matches first, then by date and title. Without
 * a query, every source by date. A family's reads pass the cases it may see: only unrestricted
 * sources linked to one of them are ever returned.
 */
public class SourceQuery {

    private static final String COLUMNS = "s.source_id, s.kind, s.title, s.date_value, s.authors, s.parties,"
            + " s.archive_reference, s.reliability_note, s.restricted, s.version, s.registered_at, s.registered_by";

    private final JdbcTemplate jdbc;

    public SourceQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Who reads: staff see every source; a family only unrestricted ones linked to these cases. */
    public record Reader(boolean family, Collection<UUID> cases) {

        public static Reader staff() {
            return new Reader(false, List.of());
        }

        public static Reader family(Collection<UUID> cases) {
            return new Reader(true, List.copyOf(cases));
        }
    }

    public Optional<SourceView> find(UUID sourceId, Reader reader) {
        return jdbc.query("SELECT " + COLUMNS + " FROM source_register s WHERE s.source_id = ?" + visible(reader),
                ROW, args(reader, sourceId)).stream().findFirst();
    }

    /** At most {@code limit} sources matching {@code text} (blank: all), best first. */
    public List<SourceView> search(String text, int limit, Reader reader) {
        if (text == null || text.isBlank()) {
            return jdbc.query("SELECT " + COLUMNS + " FROM source_register s WHERE true" + visible(reader)
                    + " ORDER BY s.date_earliest NULLS LAST, s.title, s.source_id LIMIT " + limit, ROW, args(reader));
        }
        String q = text.trim().toLowerCase(Locale.ROOT);
        return jdbc.query("SELECT " + COLUMNS + " FROM source_register s"
                        + " WHERE (? <% s.search_text OR strpos(s.search_text, ?) > 0 OR s.search_text % ?)" + visible(reader)
                        + " ORDER BY word_similarity(?, s.search_text) DESC, s.date_earliest NULLS LAST, s.title,"
                        + " s.source_id LIMIT " + limit,
                ROW, reorder(q, reader));
    }

    /** The cases a source is linked to, among those the reader may see, by name. */
    public List<LinkedCase> linkedCases(UUID sourceId, Reader reader) {
        String only = reader.family() ? " AND c.case_id = ANY (?::uuid[])" : "";
        Object[] args = reader.family() ? new Object[]{sourceId, ids(reader)}
                : new Object[]{sourceId};
        return jdbc.query("SELECT c.case_id, n.display_name, c.reason, c.linked_at FROM source_case c"
                        + " LEFT JOIN search_case n ON n.case_id = c.case_id WHERE c.source_id = ?" + only
                        + " ORDER BY n.display_name NULLS LAST, c.case_id",
                (rs, i) -> new LinkedCase(rs.getObject("case_id", UUID.class), rs.getString("display_name"),
                        rs.getString("reason"), Sql.instant(rs, "linked_at")), args);
    }

    /** The sources linked to a case (for its page), among those the reader may see. */
    public List<SourceView> ofCase(UUID caseId, Reader reader) {
        return jdbc.query("SELECT " + COLUMNS + " FROM source_register s JOIN source_case c ON c.source_id = s.source_id"
                        + " WHERE c.case_id = ?" + visible(reader) + " ORDER BY s.date_earliest NULLS LAST, s.title",
                ROW, args(reader, caseId));
    }

    /**
     * What a case's history shows of the register, in one statement: the sources with these ids
     * (cited by its entries) as staff see them, unknown ids left out; and every source linked to
     * the case, once each (one row per source and case however often it was linked), with why and
     * when. {@code upTo} non-null: only links made by then (compared here, not in SQL, so an
     * instant beyond PostgreSQL's range is simply later than every link).
     */
    public CaseSources forCase(UUID caseId, Collection<UUID> cited, Instant upTo) {
        List<Object> args = List.of(cited.stream().map(UUID::toString).toArray(String[]::new), caseId);
        List<SourceView> described = new java.util.ArrayList<>();
        List<CaseLink> links = new java.util.ArrayList<>();
        jdbc.query("SELECT " + COLUMNS + ", NULL AS reason, NULL::timestamptz AS linked_at FROM source_register s"
                        + " WHERE s.source_id = ANY (?::uuid[])"
                        + " UNION ALL SELECT " + COLUMNS + ", c.reason, c.linked_at FROM source_register s"
                        + " JOIN source_case c ON c.source_id = s.source_id WHERE c.case_id = ?"
                        + " ORDER BY linked_at NULLS FIRST, source_id",
                rs -> {
                    SourceView view = ROW.mapRow(rs, 0);
                    if (rs.getObject("linked_at") == null) {
                        described.add(view);
                    } else {
                        Instant linkedAt = Sql.instant(rs, "linked_at");
                        if (upTo == null || !linkedAt.isAfter(upTo)) {
                            links.add(new CaseLink(view, rs.getString("reason"), linkedAt));
                        }
                    }
                }, args.toArray());
        return new CaseSources(List.copyOf(described), List.copyOf(links));
    }

    /** The register's part of one case's history: its cited sources and its linked ones. */
    public record CaseSources(List<SourceView> cited, List<CaseLink> links) {
    }

    private static String visible(Reader reader) {
        return reader.family() ? " AND NOT s.restricted AND EXISTS (SELECT 1 FROM source_case l"
                + " WHERE l.source_id = s.source_id AND l.case_id = ANY (?::uuid[]))" : "";
    }

    /** The statement's own arguments, then the family's cases when the visibility clause takes them. */
    private static Object[] args(Reader reader, Object... own) {
        if (!reader.family()) {
            return own;
        }
        Object[] all = Arrays.copyOf(own, own.length + 1);
        all[own.length] = ids(reader);
        return all;
    }

    /** Search arguments in statement order: three for the match, the family's cases, one for the order. */
    private static Object[] reorder(String q, Reader reader) {
        Object[] match = args(reader, q, q, q);
        Object[] all = Arrays.copyOf(match, match.length + 1);
        all[match.length] = q;
        return all;
    }

    /** Case ids as text: bound as text[] and cast, which every driver version takes. */
    private static String[] ids(Reader reader) {
        return reader.cases().stream().map(UUID::toString).toArray(String[]::new);
    }

    private static List<String> list(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static final RowMapper<SourceView> ROW = (rs, i) -> new SourceView(rs.getObject("source_id", UUID.class),
            rs.getString("kind"), rs.getString("title"), rs.getString("date_value"), list(rs.getArray("authors")),
            list(rs.getArray("parties")), rs.getString("archive_reference"), rs.getString("reliability_note"),
            rs.getBoolean("restricted"), rs.getLong("version"), Sql.instant(rs, "registered_at"),
            rs.getString("registered_by"));
}
