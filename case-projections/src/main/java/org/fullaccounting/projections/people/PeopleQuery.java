package org.fullaccounting.projections.people;

import org.fullaccounting.casefile.api.CaseStatus;
import org.fullaccounting.casefile.people.api.Consents;
import org.fullaccounting.casefile.people.api.ContactDetails;
import org.fullaccounting.casefile.people.api.Line;
import org.fullaccounting.casefile.people.api.Relationship;
import org.fullaccounting.casefile.people.api.SampleType;
import org.fullaccounting.projections.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The people and reference samples of cases as the writing transaction left them, and the board's
 * reference coverage: open cases (case_header, also kept in the writing transaction) with and
 * without a usable mtDNA reference.
 */
public class PeopleQuery {

    private static final String PERSON = "SELECT person_id, case_id, name, relationship, born_on, died_on, is_primary,"
            + " primary_since, address, email, phone, consent_contact, consent_dna_use, consent_publicity,"
            + " consent_source, account FROM case_person";
    private static final String OPEN = "h.status <> 'ACCOUNTED_FOR'";
    private static final String USABLE_MTDNA = "EXISTS (SELECT 1 FROM reference_sample r WHERE r.case_id = h.case_id"
            + " AND r.type = 'MTDNA' AND r.processed_on IS NOT NULL)";

    private final JdbcTemplate jdbc;

    public PeopleQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Everyone on the case, in the order they were recorded. */
    public List<PersonView> people(UUID caseId) {
        return jdbc.query(PERSON + " WHERE case_id = ? ORDER BY added_at, person_id", PERSON_ROW, caseId);
    }

    public Optional<PersonView> person(UUID caseId, UUID personId) {
        return jdbc.query(PERSON + " WHERE case_id = ? AND person_id = ?", PERSON_ROW, caseId, personId).stream()
                .findFirst();
    }

    /** The person a family account is on this case, if it was linked to one. */
    public Optional<PersonView> personOfAccount(UUID caseId, String username) {
        return jdbc.query(PERSON + " WHERE case_id = ? AND account = ?", PERSON_ROW, caseId, username).stream()
                .findFirst();
    }

    public Optional<PersonView> primary(UUID caseId) {
        return jdbc.query(PERSON + " WHERE case_id = ? AND is_primary", PERSON_ROW, caseId).stream().findFirst();
    }

    public List<SampleView> samples(UUID caseId) {
        return jdbc.query("SELECT s.*, p.name AS donor_name FROM reference_sample s"
                + " LEFT JOIN case_person p ON p.person_id = s.donor_id WHERE s.case_id = ?"
                + " ORDER BY s.requested_on, s.sample_id", SAMPLE_ROW, caseId);
    }

    /** The types of which the case has a processed (usable) reference sample. */
    public Set<SampleType> usableTypes(UUID caseId) {
        Set<SampleType> types = EnumSet.noneOf(SampleType.class);
        jdbc.query("SELECT DISTINCT type FROM reference_sample WHERE case_id = ? AND processed_on IS NOT NULL",
                rs -> {
                    types.add(SampleType.valueOf(rs.getString("type")));
                }, caseId);
        return types;
    }

    public ReferenceCoverage coverage() {
        return jdbc.queryForObject("SELECT count(*) AS open, count(*) FILTER (WHERE " + USABLE_MTDNA + ") AS covered"
                        + " FROM case_header h WHERE " + OPEN,
                (rs, i) -> ReferenceCoverage.of(rs.getLong("open"), rs.getLong("covered")));
    }

    /** Open cases without a usable mtDNA reference, by family and given name; page counts from 0. */
    public Page<CaseWithoutReference> withoutMtDna(int page, int size) {
        String where = " FROM case_header h WHERE " + OPEN + " AND NOT " + USABLE_MTDNA;
        Long total = jdbc.queryForObject("SELECT count(*)" + where, Long.class);
        List<CaseWithoutReference> items = jdbc.query("SELECT h.case_id, h.service_number, h.family_name,"
                        + " h.given_name, h.status, (SELECT count(*) FROM reference_sample r WHERE r.case_id = h.case_id"
                        + " AND r.type = 'MTDNA' AND r.processed_on IS NULL) AS pending" + where
                        + " ORDER BY h.family_name, h.given_name, h.case_id LIMIT ? OFFSET ?",
                (rs, i) -> new CaseWithoutReference(rs.getObject("case_id", UUID.class), rs.getString("service_number"),
                        rs.getString("family_name"), rs.getString("given_name"),
                        CaseStatus.valueOf(rs.getString("status")), rs.getLong("pending")),
                size, (long) page * size);
        return new Page<>(items, page, size, total == null ? 0 : total);
    }

    private static final RowMapper<PersonView> PERSON_ROW = (rs, i) -> new PersonView(
            rs.getObject("person_id", UUID.class), rs.getObject("case_id", UUID.class), rs.getString("name"),
            Relationship.valueOf(rs.getString("relationship")), rs.getString("born_on"), rs.getString("died_on"),
            rs.getBoolean("is_primary"), rs.getString("primary_since"),
            new ContactDetails(rs.getString("address"), rs.getString("email"), rs.getString("phone")),
            consents(rs), rs.getString("consent_source"), rs.getString("account"));

    private static final RowMapper<SampleView> SAMPLE_ROW = (rs, i) -> new SampleView(
            rs.getObject("sample_id", UUID.class), rs.getObject("case_id", UUID.class),
            rs.getObject("donor_id", UUID.class), rs.getString("donor_name"), SampleType.valueOf(rs.getString("type")),
            Line.valueOf(rs.getString("line")), day(rs, "requested_on"), day(rs, "received_on"),
            day(rs, "processed_on"), rs.getString("lab_reference"));

    private static Consents consents(ResultSet rs) throws SQLException {
        Boolean contact = (Boolean) rs.getObject("consent_contact");
        return contact == null ? null : new Consents(contact, rs.getBoolean("consent_dna_use"),
                rs.getBoolean("consent_publicity"));
    }

    private static java.time.LocalDate day(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
