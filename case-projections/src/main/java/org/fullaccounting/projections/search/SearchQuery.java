package org.fullaccounting.projections.search;

import org.fullaccounting.casefile.ServiceNumberRegistry;
import org.fullaccounting.projections.ReadModel;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Finds cases by service number (any spacing, dashes or case) or by name, tolerant of spelling:
 * trigram similarity of the family name (pg_trgm {@code %}, threshold 0.3), word similarity
 * against the full name ({@code <%}, threshold 0.6), or the same Double Metaphone code as a word
 * of the query (fuzzystrmatch), so "Dumas" finds "Dumaz" and "Doumas". The score is the trigram
 * similarity (1 for a service number); sounding alike breaks ties. Retracted spellings do not count.
 */
public class SearchQuery implements ReadModel {

    private final JdbcTemplate jdbc;

    public SearchQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Best matches first, at most {@code limit}. */
    public List<SearchHit> find(String text, int limit) {
        String q = text.trim().toLowerCase();
        String key = ServiceNumberRegistry.normalize(text.trim());
        return jdbc.query("WITH q AS (SELECT ?::text AS q,"
                        + "   ARRAY(SELECT dmetaphone(w) FROM unnest(regexp_split_to_array(?::text, '[^[:alpha:]]+')) w"
                        + "         WHERE length(w) > 1) AS codes),"
                        + " by_name AS ("
                        + "   SELECT n.case_id, n.full_name,"
                        + "     greatest(similarity(lower(n.family_name), q.q),"
                        + "              word_similarity(q.q, lower(n.full_name))) AS score,"
                        + "     dmetaphone(n.family_name) = ANY (q.codes) AS sounds_alike"
                        + "   FROM search_name n, q WHERE NOT n.retracted AND (lower(n.family_name) % q.q"
                        + "     OR q.q <% lower(n.full_name) OR dmetaphone(n.family_name) = ANY (q.codes))),"
                        + " by_number AS ("
                        + "   SELECT c.case_id, c.display_name AS full_name, 1.0::real AS score, true AS sounds_alike"
                        + "   FROM search_case c"
                        + "   WHERE c.service_number_key = ?),"
                        + " ranked AS ("
                        + "   SELECT DISTINCT ON (case_id) case_id, full_name, score, sounds_alike FROM"
                        + "   (SELECT * FROM by_name UNION ALL SELECT * FROM by_number) m"
                        + "   ORDER BY case_id, score DESC, sounds_alike DESC)"
                        + " SELECT r.case_id, c.service_number, c.display_name, r.full_name AS matched, r.score"
                        + " FROM ranked r JOIN search_case c ON c.case_id = r.case_id"
                        + " ORDER BY r.score DESC, r.sounds_alike DESC, c.display_name, r.case_id LIMIT ?",
                (rs, n) -> new SearchHit(rs.getObject("case_id", UUID.class), rs.getString("service_number"),
                        rs.getString("display_name"), rs.getString("matched"), rs.getDouble("score")),
                q, text, key, limit);
    }

    /** The ids of the best matches, best first, for filtering a case list. */
    public List<UUID> rankedCaseIds(String text, int limit) {
        return find(text, limit).stream().map(SearchHit::caseId).collect(Collectors.toList());
    }

    @Override
    public String name() {
        return SearchProjection.NAME;
    }

    @Override
    public List<String> tables() {
        return List.of("search_name", "search_case");
    }

    @Override
    public Map<UUID, Map<String, Object>> factsByCase() {
        Map<UUID, Map<String, Object>> facts = new HashMap<>();
        jdbc.query("SELECT c.case_id, c.service_number, (SELECT count(*) FROM search_name n"
                + " WHERE n.case_id = c.case_id AND NOT n.retracted) AS names FROM search_case c", rs -> {
                    Map<String, Object> f = new HashMap<>();
                    f.put("serviceNumber", rs.getString("service_number"));
                    f.put("names", rs.getLong("names"));
                    facts.put(rs.getObject("case_id", UUID.class), f);
                });
        return facts;
    }
}
