package newsbrief.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.junit.jupiter.api.io.TempDir;

/**
 * The email edition in a real browser (Debian's headless chromium) at the widths it is read at:
 * a desktop inbox's 600 px and a phone's 375 px. Nothing may make it scroll sideways. Screenshots
 * are kept in {@code target/email-screenshots/} for a person to look at.
 */
class EmailBrowserIT {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target/email-screenshots");

    @TempDir
    static Path temp;

    private static ChromeDriver browser;

    @BeforeAll
    static void writeEditionsAndStartTheBrowser() {
        EmailRun run = EmailRun.of(EmailEditionTest.CONTENT, temp.resolve("out"), "--drafts",
                "wholesale-digital-settlement-pilot", "open-model-safety-tests");
        assertEquals(0, run.exit(), run::toString);
        assertEquals(0, EmailRun.of(EmailEditionTest.CONTENT, temp.resolve("out"), "--digest", "2026-07-07").exit());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--hide-scrollbars", "--user-data-dir=" + temp.resolve("profile"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource({"wholesale-digital-settlement-pilot, 600, false", "wholesale-digital-settlement-pilot, 375, true",
        "open-model-safety-tests, 375, true", "2026-07-07, 600, false", "2026-07-07, 375, true"})
    void doesNotScrollSideways(String name, int width, boolean mobile) throws Exception {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", mobile));
        browser.get(temp.resolve("out/" + name + ".html").toUri().toString());

        Object widths = ((JavascriptExecutor) browser).executeScript(
                "return [document.documentElement.scrollWidth, document.documentElement.clientWidth];");
        List<?> measured = (List<?>) widths;
        long scroll = ((Number) measured.get(0)).longValue();
        long client = ((Number) measured.get(1)).longValue();
        assertEquals(width, client, "the viewport is " + width + " px");
        assertTrue(scroll <= client, name + " scrolls sideways at " + width + " px: " + scroll + " > " + client);
        Object cardWidth = ((JavascriptExecutor) browser).executeScript(
                "return document.querySelector('table.nb-card').getBoundingClientRect().width;");
        assertTrue(((Number) cardWidth).doubleValue() <= 600, "the message is at most 600 px wide: " + cardWidth);

        Files.createDirectories(SCREENSHOTS);
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + "-" + width + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
