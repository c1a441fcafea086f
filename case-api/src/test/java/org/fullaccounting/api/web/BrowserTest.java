package org.fullaccounting.api.web;

import org.fullaccounting.api.ApiTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The real application over real PostgreSQL, driven by Debian's headless Chromium through its own
 * chromedriver: nothing is downloaded (no Selenium Manager). Without /usr/bin/chromium the tests are
 * skipped, unless -Dfa.browser.required=true, when they fail. Screenshots go to target/screenshots.
 */
public abstract class BrowserTest extends ApiTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** How long finding an element waits for it to appear (a page still loading, a script still adding it). */
    static final Duration IMPLICIT_WAIT = Duration.ofSeconds(5);

    protected static WebDriver browser;

    /**
     * One Chromium for every browser test class of this JVM, started by the first and quit when the JVM
     * exits: starting one per class cost about a second and a half each. Each test starts signed out
     * ({@link #signedOut}).
     */
    @BeforeAll
    static void startBrowser() throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && Boolean.getBoolean("fa.browser.required")) {
            fail("fa.browser.required=true but " + CHROMIUM + " or " + CHROMEDRIVER
                    + " is missing: apt-get install -y chromium chromium-driver");
        }
        assumeTrue(present, "no " + CHROMIUM + " / " + CHROMEDRIVER + ": browser tests skipped");
        if (browser != null) {
            return;
        }
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        Path profile = Files.createTempDirectory("fa-chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1600", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(IMPLICIT_WAIT);
        Files.createDirectories(SCREENSHOTS);
        Runtime.getRuntime().addShutdownHook(new Thread(browser::quit, "quit-chromium"));
    }

    @BeforeEach
    void signedOut() {
        browser.manage().window().setSize(new Dimension(1280, 1600));
        browser.get(url("/login"));
        browser.manage().deleteAllCookies();
    }

    /**
     * The page a test that failed ended on, for looking at: a screenshot and its HTML, named after the
     * test. Only on failure: taken after every test, it added two window resizes and a whole-page PNG
     * to each.
     */
    @RegisterExtension
    final TestWatcher lastPageOfAFailure = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext test, Throwable cause) {
            if (browser == null) {
                return;
            }
            String name = "last-" + test.getTestMethod().map(java.lang.reflect.Method::getName).orElse("test");
            screenshot(name);
            try {
                Files.writeString(SCREENSHOTS.resolve(name + ".html"), browser.getPageSource());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void signIn(String username, String password) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        submit(browser.findElement(By.id("sign-in")));
    }

    /**
     * Clicks a submit button and waits until the browser has left the page it was on: the button no
     * longer answers. Chromium reports a button of a page it left either as stale or, caught while
     * the next page replaces the document, as "Node with given id does not belong to the document"
     * (a plain WebDriverException, which ExpectedConditions.stalenessOf lets through); both mean gone.
     */
    protected void submit(WebElement button) {
        button.click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> {
            try {
                button.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
    }

    /**
     * What matches on the page as it stands once it has loaded, without waiting for anything to
     * appear: for checking that something is absent. (findElements waits out the implicit wait, 5 s,
     * before it answers that nothing matches.)
     */
    protected List<WebElement> foundNow(By what) {
        return foundNow(browser, what);
    }

    /** What matches within {@code where} as it stands, without waiting ({@link #foundNow(By)}). */
    protected List<WebElement> foundNow(SearchContext where, By what) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser, IMPLICIT_WAIT).until(driver -> "complete".equals(
                ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return document.readyState")));
        browser.manage().timeouts().implicitlyWait(Duration.ZERO);
        try {
            return where.findElements(what);
        } finally {
            browser.manage().timeouts().implicitlyWait(IMPLICIT_WAIT);
        }
    }

    protected WebElement field(String id) {
        return browser.findElement(By.id(id));
    }

    protected void type(String id, String text) {
        WebElement input = field(id);
        input.clear();
        input.sendKeys(text);
    }

    protected void choose(String id, String value) {
        new org.openqa.selenium.support.ui.Select(field(id)).selectByValue(value);
    }

    /** Saves what the browser shows as target/screenshots/{name}.png, the whole page tall. */
    protected void screenshot(String name) {
        Object height = ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollHeight");
        Dimension size = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(size.getWidth(),
                Math.min(6000, Math.max(600, ((Number) height).intValue() + 140))));
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        try {
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        browser.manage().window().setSize(size);
    }
}
