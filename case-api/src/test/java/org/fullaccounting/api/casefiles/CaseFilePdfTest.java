package org.fullaccounting.api.casefiles;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.fullaccounting.api.Api;
import org.fullaccounting.api.ApiTest;
import org.fullaccounting.api.Requests;
import org.fullaccounting.api.web.WebSession;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URI;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fullaccounting.api.Requests.with;

/**
 * The case file PDF: text extractable (PDFBox), fonts embedded, a family's edition without any
 * restricted field (which the staff edition of the same case does hold), 404 for those who may not
 * read the case, every download in the access log, and the pages' buttons lead to it.
 */
class CaseFilePdfTest extends ApiTest {

    private static final List<String> RESTRICTED = List.of("INTERNAL-NOTE-MARKER", "RESTRICTED-LETTER-MARKER",
            "WITNESS-MARKER", "SIGHTING-SOURCE-MARKER", "INTEL-REPORT-MARKER");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void aFamilysCaseFileHoldsTheirCaseInPlainLanguageAndNoRestrictedField() throws Exception {
        UUID caseId = caseWithRestrictedContent();
        String serviceNumber = caseworker.get("/api/cases/" + caseId).json().get("serviceNumber").asText();

        byte[] familyPdf = pdf(family, caseId);
        String familyText = text(familyPdf);
        assertThat(familyText).contains("Roger A. Dumas").contains(serviceNumber).contains("Corporal")
                .contains("near the Yalu River").contains("Status history").contains("collective farm near Pyongyang")
                .contains("family petition").contains("prepared for the family");
        // Without any white space: a long marker may wrap at its hyphen.
        RESTRICTED.forEach(marker -> assertThat(unwrapped(familyText)).as("family PDF").doesNotContain(marker));
        assertThat(familyText).doesNotContain("Recorded by").doesNotContain("RESTRICTED");
        assertThat(embedded(familyPdf)).isNotEmpty().doesNotContainValue(false);

        String staffText = text(pdf(caseworker, caseId));
        // The markers are in the case: their absence above is the family edition's doing.
        assertThat(unwrapped(staffText)).contains(RESTRICTED);
        assertThat(staffText).contains("Recorded by test-caseworker");
        assertThat(text(pdf(auditor, caseId))).contains("INTERNAL-NOTE-MARKER");

        assertThat(auditor.get("/api/audit/access-log?caseId=" + caseId + "&user=test-family").json()
                .findValuesAsText("what")).contains("GET /api/cases/" + caseId + "/case-file.pdf");
    }

    @Test
    void aCitedSourceShowsWithItsTitleAndReferenceAndAFamilysEditionOnlyUnrestrictedOnes() throws Exception {
        UUID caseId = openCase();
        admin.post("/api/admin/family-links", Map.of("username", "test-family", "caseId", caseId.toString(),
                "reason", "next of kin")).expectStatus(201);
        UUID open = registered("Camp 5 roster OPEN-TITLE-MARKER", false);
        UUID secret = registered("Interrogation SECRET-TITLE-MARKER", true);
        caseworker.post("/api/cases/" + caseId + "/reclassifications", with(with(Requests.reclassification(
                "PRISONER_OF_WAR", "1983"), "sourceId", open), "locator", "OPEN-LOCATOR-MARKER")).expectStatus(201);
        long version = caseworker.post("/api/cases/" + caseId + "/captivity", Map.of("kind", "INTERNED", "camp",
                "Camp 5", "sourceId", secret.toString(), "locator", "SECRET-LOCATOR-MARKER")).expectStatus(201).json()
                .get("version").asLong();
        caseworker.get("/api/cases/" + caseId + "/history?minVersion=" + version).expectStatus(200);

        String familyText = unwrapped(text(pdf(family, caseId)));
        String staffText = unwrapped(text(pdf(caseworker, caseId)));

        assertThat(familyText).contains(unwrapped("Document: Camp 5 roster OPEN-TITLE-MARKER, "
                + "FRUS 1952-1954, vol. XV, doc. 30, OPEN-LOCATOR-MARKER"))
                .doesNotContain("SECRET-TITLE-MARKER").doesNotContain("SECRET-LOCATOR-MARKER")
                .doesNotContain(secret.toString());
        assertThat(staffText).contains(unwrapped("Registered source: Camp 5 roster OPEN-TITLE-MARKER, "
                + "FRUS 1952-1954, vol. XV, doc. 30, OPEN-LOCATOR-MARKER"))
                .contains(unwrapped("Registered source: Interrogation SECRET-TITLE-MARKER, "
                        + "FRUS 1952-1954, vol. XV, doc. 30, SECRET-LOCATOR-MARKER"));
        // The sources list names each registered source cited once, without where in it.
        String sources = staffText.substring(staffText.lastIndexOf("Sources"));
        assertThat(sources).contains(unwrapped("Camp 5 roster OPEN-TITLE-MARKER, FRUS 1952-1954, vol. XV, doc. 30"))
                .contains("SECRET-TITLE-MARKER").doesNotContain("LOCATOR-MARKER");
        assertThat(familyText.substring(familyText.lastIndexOf("Sources"))).contains("OPEN-TITLE-MARKER")
                .doesNotContain("SECRET-TITLE-MARKER");
    }

    private UUID registered(String title, boolean restricted) {
        return UUID.fromString(caseworker.post("/api/sources", with(Requests.source(title), "restricted", restricted))
                .expectStatus(201).json().get("sourceId").asText());
    }

    @Test
    void whoMayNotReadTheCaseGets404() {
        UUID unlinked = openCase();
        family.get("/api/cases/" + unlinked + "/case-file.pdf").expectProblem(404, "UNKNOWN_CASE");
        family.get("/api/cases/" + unlinked + "/case-file.pdf", "Accept", "application/pdf")
                .expectProblem(404, "UNKNOWN_CASE");
        caseworker.get("/api/cases/" + UUID.randomUUID() + "/case-file.pdf").expectProblem(404, "UNKNOWN_CASE");
        admin.get("/api/cases/" + unlinked + "/case-file.pdf").expectProblem(403, "FORBIDDEN");
        anonymous.get("/api/cases/" + unlinked + "/case-file.pdf").expectProblem(401, "UNAUTHENTICATED");
        assertThat(auditor.get("/api/audit/access-log?caseId=" + unlinked + "&user=test-family").json()
                .findValuesAsText("outcome")).contains("REFUSED");
    }

    @Test
    void bothCasePagesOfferTheCaseFileAndItDownloads() throws Exception {
        UUID caseId = caseWithRestrictedContent();
        WebSession familyPage = WebSession.signedIn(port, "test-family", "a-long-test-password");
        WebSession caseworkerPage = WebSession.signedIn(port, "test-caseworker", "a-long-test-password");

        assertThat(familyPage.get("/family/cases/" + caseId).body())
                .contains("href=\"/family/cases/" + caseId + "/case-file.pdf\"");
        assertThat(caseworkerPage.get("/cases/" + caseId).body())
                .contains("href=\"/cases/" + caseId + "/case-file.pdf\"");
        HttpResponse<String> download = familyPage.get("/family/cases/" + caseId + "/case-file.pdf");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(caseworkerPage.get("/family/cases/" + caseId + "/case-file.pdf").statusCode())
                .as("the family address is the family's").isIn(302, 403);
    }

    private UUID caseWithRestrictedContent() {
        UUID caseId = openCase();
        String path = "/api/cases/" + caseId;
        caseworker.post(path + "/notes", Map.of("text", "INTERNAL-NOTE-MARKER")).expectStatus(201);
        caseworker.post(path + "/correspondence", with(with(Requests.correspondence(), "restricted", true),
                "subject", "RESTRICTED-LETTER-MARKER")).expectStatus(201);
        caseworker.post(path + "/sightings", with(with(Requests.sighting(), "witness", "WITNESS-MARKER"),
                "source", "SIGHTING-SOURCE-MARKER")).expectStatus(201);
        caseworker.post(path + "/sightings", with(with(Requests.sighting(), "sourceKind", "INTELLIGENCE_REPORT"),
                "description", "INTEL-REPORT-MARKER")).expectStatus(201);
        admin.post("/api/admin/family-links", Map.of("username", "test-family", "caseId", caseId.toString(),
                "reason", "next of kin")).expectStatus(201);
        long version = caseworker.get(path).json().get("version").asLong();
        caseworker.get(path + "/history?minVersion=" + version).expectStatus(200);
        return caseId;
    }

    private byte[] pdf(Api reader, UUID caseId) throws Exception {
        // Api reads bodies as text; a PDF is bytes.
        String user = reader == family ? "test-family" : reader == auditor ? "test-auditor" : "test-caseworker";
        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/cases/" + caseId + "/case-file.pdf"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":a-long-test-password")
                        .getBytes()))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        return response.body();
    }

    private static String unwrapped(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    /** Each font the pages use, and whether the file carries it. */
    private static Map<String, Boolean> embedded(byte[] pdf) throws Exception {
        Map<String, Boolean> fonts = new java.util.TreeMap<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.put(font.getName(), font.isEmbedded());
                }
            }
        }
        return fonts;
    }
}
