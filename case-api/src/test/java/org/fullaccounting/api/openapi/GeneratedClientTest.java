package org.fullaccounting.api.openapi;

import org.fullaccounting.api.ApiTest;
import org.fullaccounting.client.ApiClient;
import org.fullaccounting.client.ApiException;
import org.fullaccounting.client.ApiResponse;
import org.fullaccounting.client.JSON;
import org.fullaccounting.client.api.CasesApi;
import org.fullaccounting.client.model.CaseView;
import org.fullaccounting.client.model.NameRequest;
import org.fullaccounting.client.model.NoteRequest;
import org.fullaccounting.client.model.OpenCaseRequest;
import org.fullaccounting.client.model.Problem;
import org.fullaccounting.client.model.ReclassificationRequest;
import org.fullaccounting.client.model.SightingRequest;
import org.fullaccounting.client.model.Written;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The README's "A first case with curl", told with the Java client openapi-generator makes at build
 * time from the committed description (case-api/pom.xml): what an integrator would write.
 */
class GeneratedClientTest extends ApiTest {

    @Test
    void theReadmesFirstCaseRunsThroughAClientGeneratedFromTheDescription() throws Exception {
        String caseworkerName = "client-" + uniqueServiceNumber().toLowerCase();
        admin.post("/api/admin/users", Map.of("username", caseworkerName, "password", "caseworker-demo-password",
                "roles", List.of("CASEWORKER"))).expectStatus(201);
        CasesApi cases = new CasesApi(clientSignedInAs(caseworkerName, "caseworker-demo-password"));

        ApiResponse<Written> opened = cases.caseOpenWithHttpInfo(new OpenCaseRequest()
                .serviceNumber(uniqueServiceNumber()).name(new NameRequest().family("Doe").given("John").middle("Q."))
                .rank("Private First Class").branch(OpenCaseRequest.BranchEnum.ARMY).unit("8th Cavalry Regiment")
                .lossDate("1950-11").lossPlace("Unsan").circumstances("Missing after the battle")
                .status(OpenCaseRequest.StatusEnum.MISSING_IN_ACTION).source("Morning report"), null, null);
        assertThat(opened.getStatusCode()).isEqualTo(201);
        assertThat(opened.getHeaders().get("etag")).containsExactly("\"1\"");
        Written open = opened.getData();
        assertThat(opened.getHeaders().get("location")).containsExactly("/api/cases/" + open.getCaseId());

        Written sighting = cases.caseReportSighting(open.getCaseId(), new SightingRequest().observedOn("1979")
                .reportedOn("1982").place("collective farm near Pyongyang")
                .sourceKind(SightingRequest.SourceKindEnum.FOREIGN_NATIONAL).witness("Romanian engineer")
                .description("Americans working on a collective farm").source("Debrief report"), null, null, null);
        assertThat(sighting.getVersion()).isEqualTo(2L);

        Written reclassified = cases.caseReclassify(open.getCaseId(), reclassification(), "\"2\"", null, null);
        assertThat(reclassified.getVersion()).isEqualTo(3L);

        ApiException stale = catchThrowableOfType(ApiException.class,
                () -> cases.caseAddNote(open.getCaseId(), new NoteRequest().text("written against version 2"),
                        "\"2\"", null, null));
        assertThat(stale.getCode()).isEqualTo(412);
        Problem problem = new JSON().getMapper().readValue(stale.getResponseBody(), Problem.class);
        assertThat(problem.getCode()).isEqualTo(Problem.CodeEnum.STALE_VERSION);
        assertThat(problem.getCurrentVersion()).isEqualTo(3L);

        CaseView current = cases.caseGet(open.getCaseId(), null, null, null).getCaseView();
        assertThat(current.getStatus()).isEqualTo(CaseView.StatusEnum.PRISONER_OF_WAR);
        assertThat(current.getVersion()).isEqualTo(3L);
        assertThat(current.getCounts()).containsEntry("SIGHTING", 1);
    }

    private static ReclassificationRequest reclassification() {
        return new ReclassificationRequest().to(ReclassificationRequest.ToEnum.PRISONER_OF_WAR).effectiveOn("1983")
                .authority("U.S. federal court order").reason("Court ordered the reclassification")
                .source("Court order");
    }

    private ApiClient clientSignedInAs(String username, String password) {
        String basic = "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://localhost:" + port);
        client.setRequestInterceptor(request -> request.header("Authorization", basic));
        return client;
    }
}
