package org.fullaccounting.projections.familylinks;

import org.axonframework.eventhandling.EventHandler;
import org.fullaccounting.casefile.api.FamilyMemberLinkedEvent;
import org.fullaccounting.casefile.api.FamilyMemberUnlinkedEvent;
import org.fullaccounting.projections.StorableText;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Family account to case, from the link and unlink events. Run by a subscribing processor
 * (ProjectionsConfig): an access decision must never lag behind the link that grants or revokes it.
 * Idempotent, so a rebuild from the stream is safe.
 */
public class FamilyLinkProjection {

    public static final String NAME = "family-links";

    private final JdbcTemplate jdbc;

    public FamilyLinkProjection(JdbcTemplate jdbc) {
        this.jdbc = StorableText.writer(jdbc);
    }

    @EventHandler
    void on(FamilyMemberLinkedEvent event) {
        jdbc.update("INSERT INTO family_link (username, case_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                event.username(), event.caseId());
    }

    @EventHandler
    void on(FamilyMemberUnlinkedEvent event) {
        jdbc.update("DELETE FROM family_link WHERE username = ? AND case_id = ?", event.username(), event.caseId());
    }
}
