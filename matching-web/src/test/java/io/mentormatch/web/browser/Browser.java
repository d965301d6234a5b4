package io.mentormatch.web.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.assertj.core.api.Assertions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driven through Debian's chromedriver (Selenium Manager cannot download drivers here), with a
 * fresh profile per browser. Screenshots go to {@code target/screenshots/}. Every page opened or reached by a click
 * is checked against the Content-Security-Policy: Chromium reports each blocked inline style, inline handler or
 * eval on its console, and any such report fails the test.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final Path profile;
    private final String baseUrl;

    Browser(int port) {
        this.baseUrl = "http://localhost:" + port;
        try {
            this.profile = Files.createTempDirectory("chromium-profile");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,1000", "--lang=en-US");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
    }

    ChromeDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(baseUrl + path);
        assertNoPolicyViolations();
    }

    void signIn(String username, String password) {
        open("/login");
        type(By.id("username"), username);
        type(By.id("password"), password);
        click(By.cssSelector("main button[type=submit]"));
        waitFor(By.cssSelector("form.signout"));
    }

    void signOut() {
        click(By.cssSelector("form.signout button"));
        waitFor(By.id("username"));
    }

    WebElement waitFor(By locator) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    void waitForText(By locator, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    WebElement find(By locator) {
        return waitFor(locator);
    }

    List<WebElement> findAll(By locator) {
        return driver.findElements(locator);
    }

    void type(By locator, String text) {
        WebElement element = find(locator);
        element.clear();
        element.sendKeys(text);
    }

    /** Clicks a link or a submit button and waits until the next page has replaced this one. */
    void click(By locator) {
        WebElement page = driver.findElement(By.tagName("html"));
        press(locator);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> replaced(page));
        assertNoPolicyViolations();
    }

    /**
     * Whether the element has left the document. Chromium reports that either as a stale element or, when asked in
     * the middle of the navigation, as an "unknown error" saying the node no longer belongs to the document.
     */
    private static boolean replaced(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException gone) {
            return true;
        } catch (WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** Fails on any console report of the Content-Security-Policy blocking something since the last check. */
    void assertNoPolicyViolations() {
        List<String> violations = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy") || message.contains("Refused to"))
                .toList();
        Assertions.assertThat(violations).as("Content-Security-Policy violations on %s", driver.getCurrentUrl()).isEmpty();
    }

    /**
     * Runs the axe-core WCAG 2.1 A and AA rules on the page as it is now; any violation fails the test. axe tags
     * WCAG 2.5.3 "label in name" experimental and leaves it out of its WCAG tags, so it is switched on by its id.
     */
    void assertAccessible() {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .withRules(List.of("label-content-name-mismatch")).analyze(driver);
        Assertions.assertThat(results.getViolations().stream()
                        .map(rule -> rule.getId() + ": " + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList())
                        .toList())
                .as("axe-core violations on %s", driver.getCurrentUrl()).isEmpty();
    }

    /** Clicks something that changes the page in place (a checkbox, a disclosure). */
    void press(By locator) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.elementToBeClickable(locator)).click();
    }

    String text(By locator) {
        return find(locator).getText();
    }

    /** Saves the whole page (not only the window) as {@code target/screenshots/<name>.png}. */
    void screenshot(String name) {
        Dimension window = driver.manage().window().getSize();
        try {
            Object height = driver.executeScript("return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)");
            driver.manage().window().setSize(new Dimension(window.getWidth(), Math.min(6000, ((Number) height).intValue() + 40)));
            driver.executeScript("window.scrollTo(0, 0)");
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    /** The narrowest phone the pages must fit without scrolling sideways. */
    void phoneSize() {
        driver.manage().window().setSize(new Dimension(360, 800));
    }

    void desktopSize() {
        driver.manage().window().setSize(new Dimension(1280, 1000));
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
