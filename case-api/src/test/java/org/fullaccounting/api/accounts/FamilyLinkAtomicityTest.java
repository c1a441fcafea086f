package org.fullaccounting.api.accounts;

import org.fullaccounting.api.Api;
import org.fullaccounting.api.ApiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A family link is an event on the case and a row in the access table, kept by a subscribing
 * processor in the same transaction. When the row cannot be written, the event must not be stored
 * either: access and history never disagree.
 */
class FamilyLinkAtomicityTest extends ApiTest {

    private static final String REFUSED = "link-refused-" + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void dropTrigger() {
        superuser().execute("DROP TRIGGER IF EXISTS refuse_one_link ON family_link");
    }

    @Test
    void aLinkTheAccessTableRefusesIsNotRecordedOnTheCase() {
        UUID caseId = openCase();
        admin.post("/api/admin/users", Map.of("username", REFUSED, "password", "a-long-family-password",
                "roles", List.of("FAMILY"))).expectStatus(201);
        superuser().execute("CREATE OR REPLACE FUNCTION refuse_one_link() RETURNS trigger AS $$ BEGIN "
                + "IF NEW.username = '" + REFUSED + "' THEN RAISE EXCEPTION 'refused for the test'; END IF; "
                + "RETURN NEW; END $$ LANGUAGE plpgsql");
        superuser().execute("CREATE TRIGGER refuse_one_link BEFORE INSERT ON family_link "
                + "FOR EACH ROW EXECUTE FUNCTION refuse_one_link()");
        int eventsBefore = eventCount(caseId);

        int status = admin.post("/api/admin/family-links", Map.of("username", REFUSED, "caseId", caseId.toString(),
                "reason", "nephew")).status();

        assertThat(status).isGreaterThanOrEqualTo(400);
        assertThat(eventCount(caseId)).isEqualTo(eventsBefore);
        assertThat(Api.at(port).as(REFUSED, "a-long-family-password").get("/api/cases/" + caseId).status())
                .isEqualTo(404);
    }
}
