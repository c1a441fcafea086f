package org.fullaccounting.api.web;

import org.fullaccounting.api.Api;
import org.fullaccounting.api.ApiTest;
import org.fullaccounting.api.FormSession;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The pages' session cookie and the error address, as a browser and a prober meet them. */
class SessionCookieAndErrorPageTest extends ApiTest {

    @Test
    void thePagesSessionCookieIsSameSiteLaxAndHttpOnly() {
        HttpResponse<String> login = new FormSession(port).get("/login");

        List<String> cookies = login.headers().allValues("Set-Cookie");
        assertThat(cookies).filteredOn(cookie -> cookie.startsWith("JSESSIONID=")).singleElement()
                .satisfies(session -> assertThat(session).contains("SameSite=Lax").contains("HttpOnly"));
    }

    @Test
    void signingInThroughTheFormStillWorksWithTheSameSiteCookie() {
        FormSession browser = new FormSession(port);

        HttpResponse<String> signedIn = browser.signIn("test-caseworker", "a-long-test-password");

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void askingForTheErrorAddressDirectlyIsNotAServerError() {
        Api.Response anonymousHtml = anonymous.get("/error", "Accept", "text/html");
        Api.Response anonymousJson = anonymous.get("/error", "Accept", "application/json");
        Api.Response signedIn = caseworker.get("/error");
        HttpResponse<String> signedInPage = signedInBrowser().get("/error");

        assertThat(List.of(anonymousHtml.status(), anonymousJson.status(), signedIn.status(),
                signedInPage.statusCode())).allSatisfy(status -> assertThat(status).isBetween(400, 499));
        assertThat(anonymousHtml.body()).contains("404").doesNotContain("Exception");
    }

    private FormSession signedInBrowser() {
        FormSession browser = new FormSession(port);
        browser.signIn("test-caseworker", "a-long-test-password");
        return browser;
    }
}
