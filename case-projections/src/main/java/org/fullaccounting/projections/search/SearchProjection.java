package org.fullaccounting.projections.search;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.fullaccounting.casefile.ServiceNumberRegistry;
import org.fullaccounting.casefile.api.CaseOpenedEvent;
import org.fullaccounting.casefile.api.EntryCorrectedEvent;
import org.fullaccounting.casefile.api.EntryKind;
import org.fullaccounting.casefile.api.EntryRetractedEvent;
import org.fullaccounting.casefile.api.PersonName;
import org.fullaccounting.projections.Sql;
import org.fullaccounting.projections.StorableText;
import org.fullaccounting.projections.Writes;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Names and service numbers to find cases by. Besides the name a case was opened with, a
 * correction of the opening's name (field "name", "name.family" or "name.given")
 * adds the spelling another source uses, so both find the case; retracting it removes it.
 */
public class SearchProjection {

    public static final String NAME = "search";

    private static final Set<String> NAME_FIELDS = Set.of("name", "name.family", "name.given");

    private static final String CASE = "INSERT INTO search_case (case_id, service_number, service_number_key,"
            + " display_name) VALUES (?, ?, ?, ?) ON CONFLICT (case_id) DO NOTHING";
    private static final String NAME_ROW = "INSERT INTO search_name (entry_id, case_id, family_name, full_name)"
            + " VALUES (?, ?, ?, ?) ON CONFLICT (entry_id) DO NOTHING";
    private static final String RETRACT = "UPDATE search_name SET retracted = true WHERE entry_id = ?";
    /** The names of the cases opened in the current batch, whose rows are not written yet (Writes). */
    private static final String OPENED_IN_BATCH = SearchProjection.class.getName() + ".opened";

    private final JdbcTemplate jdbc;
    private final Writes writes;

    public SearchProjection(JdbcTemplate jdbc) {
        this.jdbc = StorableText.writer(jdbc);
        this.writes = new Writes(jdbc, List.of(CASE, NAME_ROW, RETRACT));
    }

    @EventHandler
    void on(CaseOpenedEvent e) {
        writes.update(CASE, e.caseId(), e.serviceNumber(), ServiceNumberRegistry.normalize(e.serviceNumber()),
                e.name().display());
        writes.update(NAME_ROW, e.caseId(), e.caseId(), e.name().family(), e.name().display());
        openedInBatch().put(e.caseId(), new String[]{e.name().family(), e.name().display()});
    }

    @EventHandler
    void on(EntryCorrectedEvent e) {
        String field = e.field().trim().toLowerCase(Locale.ROOT);
        if (e.correctedKind() != EntryKind.CASE_OPENED || !NAME_FIELDS.contains(field)) {
            return;
        }
        String[] opening = openedInBatch().get(e.caseId());
        List<String[]> opened = opening != null ? List.<String[]>of(opening)
                : jdbc.query("SELECT family_name, full_name FROM search_name WHERE entry_id = ?",
                (rs, n) -> new String[]{rs.getString("family_name"), rs.getString("full_name")}, e.caseId());
        if (opened.isEmpty()) {
            return;
        }
        String family = opened.get(0)[0];
        String full = opened.get(0)[1];
        String value = e.value().trim();
        switch (field) {
            case "name":
                family = value.substring(value.lastIndexOf(' ') + 1);
                full = value;
                break;
            case "name.family":
                full = full.endsWith(family) ? full.substring(0, full.length() - family.length()) + value : value;
                family = value;
                break;
            default: // name.given
                full = value + " " + family;
                break;
        }
        writes.update(NAME_ROW, e.entryId(), e.caseId(), family, full);
    }

    @EventHandler
    void on(EntryRetractedEvent e) {
        writes.update(RETRACT, e.retractedEntryId());
    }

    @ResetHandler
    void reset() {
        Sql.truncate(jdbc, "search_name", "search_case");
    }

    /** Outside a batch (a handler called directly) every write is already made: an empty map. */
    private static Map<UUID, String[]> openedInBatch() {
        return CurrentUnitOfWork.isStarted()
                ? CurrentUnitOfWork.get().root().getOrComputeResource(OPENED_IN_BATCH, k -> new HashMap<>())
                : new HashMap<>();
    }
}
