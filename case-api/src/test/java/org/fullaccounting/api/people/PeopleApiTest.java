package org.fullaccounting.api.people;

import com.fasterxml.jackson.databind.JsonNode;
import org.fullaccounting.api.Api;
import org.fullaccounting.api.ApiTest;
import org.fullaccounting.casefile.people.api.PeopleId;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A case's people and reference samples over HTTP on a real PostgreSQL, and what a family sees of them. */
public class PeopleApiTest extends ApiTest {

    public static UUID addPerson(Api caseworker, UUID caseId, String name, String relationship) {
        return UUID.fromString(caseworker.post("/api/cases/" + caseId + "/people",
                Map.of("name", name, "relationship", relationship)).expectStatus(201).json().get("id").asText());
    }

    public static void linkFamily(Api admin, UUID caseId) {
        admin.post("/api/admin/family-links", Map.of("username", "test-family", "caseId", caseId.toString(),
                "reason", "next of kin")).expectStatus(201);
    }

    @Test
    void theDumasSuccessionBobPrimaryUntilHisDeathThenBill() {
        UUID caseId = openCase();
        String people = "/api/cases/" + caseId + "/people/";
        UUID bob = addPerson(caseworker, caseId, "Robert (Bob) Dumas", "BROTHER");
        UUID bill = addPerson(caseworker, caseId, "Bill Dumas", "NEPHEW");
        caseworker.post(people + bob + "/primary", Map.of("reason", "the family's spokesman")).expectStatus(201);

        Map<String, Object> death = new LinkedHashMap<>(Map.of("diedOn", "2021-02-06", "source", "Beacon, 16 Feb 2021"));
        death.put("successorId", bill.toString());
        JsonNode written = caseworker.post(people + bob + "/death", death).expectStatus(201).json();

        assertThat(written.get("version").asLong()).isEqualTo(5);
        JsonNode record = caseworker.get("/api/cases/" + caseId + "/people").expectStatus(200).json();
        JsonNode bill2 = person(record, bill);
        assertThat(bill2.get("primary").asBoolean()).isTrue();
        assertThat(bill2.get("primarySince").asText()).isEqualTo("2021-02-06");
        assertThat(person(record, bob).get("primary").asBoolean()).isFalse();
        assertThat(person(record, bob).get("diedOn").asText()).isEqualTo("2021-02-06");
        caseworker.post(people + bob + "/primary", Map.of("reason", "x")).expectProblem(409, "PERSON_DECEASED");
        assertThat(caseworker.get("/api/cases/" + caseId).json().get("version").asLong())
                .as("the case's own version does not move with its people").isEqualTo(1);
    }

    @Test
    void rulesAreRefusedNamingTheFieldAndNothingIsRecorded() {
        UUID caseId = openCase();
        String base = "/api/cases/" + caseId;
        UUID bob = addPerson(caseworker, caseId, "Bob", "BROTHER");
        caseworker.post(base + "/people/" + bob + "/corrections", Map.of("name", "Bob", "relationship", "BROTHER",
                "bornOn", "1931", "reason", "his birth year")).expectStatus(201);

        assertThat(caseworker.post(base + "/people/" + bob + "/death", Map.of("diedOn", "1930", "source", "s"))
                .expectProblem(400, "DIED_BEFORE_BORN").toString()).contains("diedOn");
        assertThat(caseworker.post(base + "/people", Map.of("name", "x", "relationship", "PET")).status()).isEqualTo(400);
        assertThat(caseworker.post(base + "/people", Map.of("name", " ", "relationship", "SON")).errorFields())
                .contains("name");
        assertThat(caseworker.post(base + "/people", Map.of("name", "x", "relationship", "SON", "bornOn", "1931-13"))
                .errorFields()).contains("bornOn");
        caseworker.post(base + "/people/" + UUID.randomUUID() + "/primary", Map.of("reason", "x"))
                .expectProblem(404, "UNKNOWN_PERSON");
        assertThat(caseworker.post(base + "/people/" + bob + "/contact-details", Map.of("email", "not an address"))
                .errorFields()).contains("email");
        assertThat(caseworker.post(base + "/samples", Map.of("donorId", bob.toString(), "type", "MTDNA",
                "line", "PATERNAL", "requestedOn", "2005-03-01")).expectProblem(400, "WRONG_LINE").toString())
                .contains("line");
        caseworker.post(base + "/samples", Map.of("donorId", UUID.randomUUID().toString(), "type", "Y_STR",
                "line", "PATERNAL", "requestedOn", "2005-03-01")).expectProblem(400, "DONOR_NOT_ON_CASE");
        assertThat(caseworker.post(base + "/samples", Map.of("donorId", bob.toString(), "type", "Y_STR",
                "line", "PATERNAL", "requestedOn", "1890-03-01")).errorFields()).contains("requestedOn");
        assertThat(caseworker.post(base + "/samples", Map.of("donorId", bob.toString(), "type", "Y_STR",
                "line", "PATERNAL", "requestedOn", "2005-02-30")).status()).isEqualTo(400);
        caseworker.post(base + "/samples/" + UUID.randomUUID() + "/receipt", Map.of("receivedOn", "2005-03-01"))
                .expectProblem(404, "UNKNOWN_SAMPLE");
        caseworker.post("/api/cases/" + UUID.randomUUID() + "/people", Map.of("name", "x", "relationship", "SON"))
                .expectProblem(404, "UNKNOWN_CASE");

        JsonNode record = caseworker.get(base + "/people").json();
        assertThat(record.get("people")).hasSize(1);
        assertThat(record.get("samples")).isEmpty();
    }

    @Test
    void aSampleBecomesAUsableReferenceWhenProcessedAndTheBoardCountsIt() {
        UUID caseId = openCase();
        String base = "/api/cases/" + caseId;
        UUID bob = addPerson(caseworker, caseId, "Bob", "BROTHER");
        JsonNode before = caseworker.get("/api/board/references").expectStatus(200).json();
        assertThat(missing(caseId)).isTrue();

        UUID sample = UUID.fromString(caseworker.post(base + "/samples", Map.of("donorId", bob.toString(),
                "type", "MTDNA", "line", "MATERNAL", "requestedOn", "2005-03-01")).expectStatus(201).json()
                .get("id").asText());
        caseworker.post(base + "/samples/" + sample + "/processing", Map.of("processedOn", "2005-05-01",
                "labReference", "L-1")).expectProblem(409, "SAMPLE_OUT_OF_ORDER");
        caseworker.post(base + "/samples/" + sample + "/receipt", Map.of("receivedOn", "2005-04-01")).expectStatus(201);
        caseworker.post(base + "/samples/" + sample + "/processing", Map.of("processedOn", "2005-05-01",
                "labReference", "AFDIL-05-0173")).expectStatus(201);

        JsonNode record = caseworker.get(base + "/people").json();
        assertThat(record.get("usableReferences").toString()).isEqualTo("[\"MTDNA\"]");
        assertThat(record.get("samples").get(0).get("donorName").asText()).isEqualTo("Bob");
        JsonNode after = caseworker.get("/api/board/references").json();
        assertThat(after.get("withUsableMtDna").asLong()).isEqualTo(before.get("withUsableMtDna").asLong() + 1);
        assertThat(missing(caseId)).isFalse();
        caseworker.get("/api/board/references/missing?size=500").expectStatus(400);
    }

    @Test
    void aFamilySeesItsPointOfContactAndReferencesOnFileAndChangesOnlyItsOwnContactDetails() {
        UUID caseId = openCase();
        String base = "/api/cases/" + caseId;
        linkFamily(admin, caseId);
        UUID bob = addPerson(caseworker, caseId, "Robert (Bob) Dumas", "BROTHER");
        UUID bill = addPerson(caseworker, caseId, "Bill Dumas", "NEPHEW");
        caseworker.post(base + "/people/" + bob + "/primary", Map.of("reason", "spokesman")).expectStatus(201);
        caseworker.post(base + "/people/" + bob + "/contact-details", Map.of("phone", "555 0199",
                "address", "BOB-ADDRESS-MARKER")).expectStatus(201);
        caseworker.post(base + "/people/" + bob + "/consents", Map.of("contact", true, "dnaUse", true,
                "publicity", false, "source", "CONSENT-MARKER")).expectStatus(201);
        family.post(base + "/people/me/contact-details", Map.of("phone", "1")).expectProblem(404, "NO_PERSON_RECORD");
        family.post(base + "/people/" + bill + "/account", Map.of("username", "test-family", "reason", "x"))
                .expectStatus(403);
        caseworker.post(base + "/people/" + bill + "/account", Map.of("username", "test-caseworker", "reason", "x"))
                .expectProblem(400, "INVALID_PARAMETER");
        admin.post(base + "/people/" + bill + "/account", Map.of("username", "test-family", "reason", "his own"))
                .expectStatus(201);

        family.post(base + "/people/me/contact-details", Map.of("email", "bill@example.org", "address",
                "12 Elm St")).expectStatus(201);

        JsonNode seen = family.get(base + "/people").expectStatus(200).json();
        assertThat(seen.get("pointOfContact").get("name").asText()).isEqualTo("Robert (Bob) Dumas");
        assertThat(seen.get("pointOfContact").get("relationship").asText()).isEqualTo("BROTHER");
        assertThat(seen.get("me").get("contact").get("email").asText()).isEqualTo("bill@example.org");
        assertThat(seen.get("referenceOnFile").get("MTDNA").asBoolean()).isFalse();
        assertThat(seen.toString()).doesNotContain("BOB-ADDRESS-MARKER").doesNotContain("555 0199")
                .doesNotContain("CONSENT-MARKER").doesNotContain(bob.toString()).doesNotContain("consent");
        assertThat(person(caseworker.get(base + "/people").json(), bill).get("contact").get("address").asText())
                .isEqualTo("12 Elm St");
        family.post(base + "/people/" + bill + "/contact-details", Map.of("phone", "1")).expectStatus(403);
        caseworker.post(base + "/people/me/contact-details", Map.of("phone", "1")).expectStatus(403);
        JsonNode events = auditor.get("/api/audit/events?caseId=" + caseId).json().get("events");
        for (JsonNode event : events) {
            if (event.get("type").asText().equals("ContactDetailsChangedEvent")) {
                assertThat(event.get("aggregateType").asText()).as("the people's events are stored apart from the "
                        + "case's, and the auditor sees them with it").isEqualTo("CasePeople");
                assertThat(event.get("aggregateId").asText()).isEqualTo(PeopleId.of(caseId).toString());
            }
        }
        assertThat(events.findValuesAsText("type")).contains("ContactDetailsChangedEvent");
    }

    @Test
    void aFamilySeesNothingOfAnotherCasesPeople() {
        UUID other = openCase();
        addPerson(caseworker, other, "Stranger Person", "SISTER");

        family.get("/api/cases/" + other + "/people").expectProblem(404, "UNKNOWN_CASE");
        family.post("/api/cases/" + other + "/people/me/contact-details", Map.of("phone", "1"))
                .expectProblem(404, "UNKNOWN_CASE");
        assertThat(family.get("/api/board/references").json().get("openCases").asLong()).isZero();
        assertThat(family.get("/api/board/references/missing").json().get("items")).isEmpty();
    }

    private boolean missing(UUID caseId) {
        long total = caseworker.get("/api/board/references/missing?size=1").json().get("total").asLong();
        for (int page = 0; page * 200L < total; page++) {
            JsonNode items = caseworker.get("/api/board/references/missing?size=200&page=" + page).json().get("items");
            if (items.findValuesAsText("caseId").contains(caseId.toString())) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode person(JsonNode record, UUID personId) {
        for (JsonNode person : record.get("people")) {
            if (person.get("personId").asText().equals(personId.toString())) {
                return person;
            }
        }
        throw new AssertionError("no person " + personId + " in " + record);
    }
}
