package org.fullaccounting.projections.namedlists;

import org.fullaccounting.casefile.api.HistoricalDate;
import org.fullaccounting.casefile.api.ListEdition;
import org.fullaccounting.casefile.api.PersonName;
import org.fullaccounting.projections.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads the named lists and their members. A family's reads pass the cases it may see: it sees only
 * the lists one of them is on, and of their members only those cases, never another.
 */
public class NamedListQuery {

    private final JdbcTemplate jdbc;

    public NamedListQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Who reads: staff see every list and member; a family only its own cases. */
    public record Reader(boolean family, Collection<UUID> cases) {

        public static Reader staff() {
            return new Reader(false, List.of());
        }

        public static Reader family(Collection<UUID> cases) {
            return new Reader(true, List.copyOf(cases));
        }

        String members() {
            return family ? " AND m.case_id = ANY (?)" : "";
        }

        void addCases(List<Object> args) {
            if (family) {
                args.add(cases.toArray(new UUID[0]));
            }
        }
    }

    public Optional<NamedListView> find(UUID listId, Reader reader) {
        return lists(" WHERE l.list_id = ?", listId, reader).stream().findFirst();
    }

    /** Every list the reader may see, by name. */
    public List<NamedListView> all(Reader reader) {
        return lists("", null, reader);
    }

    /** The list's current edition, as a membership entry records it; empty when there is no such list. */
    public Optional<ListEdition> edition(UUID listId) {
        return jdbc.query("SELECT list_id, name, keeper, version, date_value, last_seen_alive FROM named_list"
                        + " WHERE list_id = ?",
                (rs, i) -> new ListEdition(rs.getObject("list_id", UUID.class), rs.getString("name"),
                        rs.getString("keeper"), rs.getString("version"),
                        HistoricalDate.ofNullable(rs.getString("date_value")), rs.getBoolean("last_seen_alive")),
                listId).stream().findFirst();
    }

    /** One page of the cases on the list the reader may see, by name. */
    public Page<ListMember> members(UUID listId, int page, int size, Reader reader) {
        List<Object> args = new ArrayList<>(List.of(listId));
        reader.addCases(args);
        String where = " FROM named_list_member m LEFT JOIN case_header h ON h.case_id = m.case_id"
                + " WHERE m.list_id = ? AND m.member" + reader.members();
        Long total = jdbc.queryForObject("SELECT count(*)" + where, Long.class, args.toArray());
        args.add(size);
        args.add((long) page * size);
        List<ListMember> items = jdbc.query("SELECT m.*, h.service_number, h.family_name, h.given_name, h.middle_name,"
                + " h.status" + where + " ORDER BY h.family_name NULLS LAST, h.given_name, m.case_id LIMIT ? OFFSET ?",
                MEMBER, args.toArray());
        return new Page<>(items, page, size, total == null ? 0 : total);
    }

    /** Whether the case is on the list now. */
    public boolean isMember(UUID listId, UUID caseId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM named_list_member"
                + " WHERE list_id = ? AND case_id = ? AND member)", Boolean.class, listId, caseId));
    }

    private List<NamedListView> lists(String where, UUID listId, Reader reader) {
        List<Object> args = new ArrayList<>();
        reader.addCases(args);
        if (listId != null) {
            args.add(listId);
        }
        String visible = reader.family() ? (where.isEmpty() ? " WHERE" : " AND") + " seen.members > 0" : "";
        return jdbc.query("SELECT l.*, seen.members FROM named_list l CROSS JOIN LATERAL (SELECT count(*) AS members"
                        + " FROM named_list_member m WHERE m.list_id = l.list_id AND m.member" + reader.members()
                        + ") seen" + where + visible + " ORDER BY l.name, l.list_id", LIST, args.toArray());
    }

    private static final RowMapper<NamedListView> LIST = (rs, i) -> new NamedListView(
            rs.getObject("list_id", UUID.class), rs.getString("name"), rs.getString("keeper"), rs.getString("version"),
            rs.getString("date_value"), rs.getBoolean("last_seen_alive"), rs.getLong("members"),
            rs.getTimestamp("created_at").toInstant());

    private static final RowMapper<ListMember> MEMBER = (rs, i) -> new ListMember(
            rs.getObject("case_id", UUID.class), rs.getString("service_number"),
            rs.getString("family_name") == null ? null
                    : new PersonName(rs.getString("family_name"), rs.getString("given_name"),
                    rs.getString("middle_name")).display(),
            rs.getString("status"), rs.getString("list_version"), rs.getString("source"),
            rs.getObject("source_id", UUID.class), rs.getString("reason"), rs.getTimestamp("changed_at").toInstant(),
            rs.getString("changed_by"));
}
