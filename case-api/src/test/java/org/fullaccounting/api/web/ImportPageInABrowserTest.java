package org.fullaccounting.api.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 12's import page in a real browser: upload, a progress bar that moves by itself, the report. */
class ImportPageInABrowserTest extends BrowserTest {

    static final String PASSWORD = "a-long-test-password";

    @Test
    void aCaseworkerUploadsAListWatchesItRunAndReadsTheReport() throws IOException {
        String prefix = "BR" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000);
        StringBuilder csv = new StringBuilder("service_number,family_name,branch,status,loss_date,source\n");
        for (int i = 0; i < 2000; i++) {
            csv.append(String.format(Locale.ROOT, "%s-%05d,Family%d,ARMY,MISSING_IN_ACTION,1950-11,browser list%n",
                    prefix, i, i));
        }
        csv.append(prefix).append("-bad,Dupont,ARMY,MISSING_IN_ACTION,1950-02-30,browser list\n");   // line 2002
        csv.append(prefix).append("-00001,Again,ARMY,MISSING_IN_ACTION,1950,browser list\n");         // line 2003
        Path file = Files.createTempFile("casualty-list-", ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        signIn("test-caseworker", PASSWORD);

        browser.get(url("/imports"));
        field("file").sendKeys(file.toAbsolutePath().toString());
        submit(browser.findElement(By.cssSelector("form[action='/imports'] button[type=submit]")));

        assertThat(browser.getCurrentUrl()).matches(".*/imports/[0-9a-f-]{36}$");
        // The page's progress poll replaces the state element; a read that meets the old one reads again.
        String firstState = new WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(driver -> driver.findElement(By.cssSelector(".import-state")).getText());
        screenshot("import-running");
        new WebDriverWait(browser, Duration.ofSeconds(120))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(driver ->
                driver.findElement(By.cssSelector(".import-state")).getText().equals("DONE"));
        screenshot("import-done");

        assertThat(firstState).as("the page showed the import still running, then moved on by itself")
                .isEqualTo("RUNNING");
        WebElement bar = field("import-progress");
        assertThat(bar.getDomProperty("value")).isEqualTo(bar.getDomProperty("max"));
        assertThat(browser.findElement(By.cssSelector(".cases-opened")).getText()).isEqualTo("2000");
        List<String> report = browser.findElements(By.cssSelector("table.import-report tbody tr")).stream()
                .map(WebElement::getText).toList();
        assertThat(report).hasSize(2);
        assertThat(report.get(0)).startsWith("2002 REJECTED loss_date").contains("1950-02-30");
        assertThat(report.get(1)).startsWith("2003 SKIPPED service_number");
        Files.deleteIfExists(file);
    }

    @Test
    void aListWithAnUnknownColumnIsRefusedOnThePageNamingIt() throws IOException {
        Path file = Files.createTempFile("casualty-list-", ".csv");
        Files.writeString(file, "service_number,family_name,branch,status,source,shoe_size\nX1,Doe,ARMY,MISSING_IN_ACTION,s,9\n");
        signIn("test-caseworker", PASSWORD);

        browser.get(url("/imports"));
        field("file").sendKeys(file.toAbsolutePath().toString());
        submit(browser.findElement(By.cssSelector("form[action='/imports'] button[type=submit]")));

        assertThat(browser.findElement(By.cssSelector("p.problem")).getText())
                .contains("Nothing was imported").contains("unknown column 'shoe_size'");
        Files.deleteIfExists(file);
    }
}
