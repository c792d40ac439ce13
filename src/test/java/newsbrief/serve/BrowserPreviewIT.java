package newsbrief.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import newsbrief.testing.SiteFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The editor's loop in a real browser (Debian's headless chromium, through chromedriver): a saved
 * change shows without touching the browser, a mistake shows an overlay naming the file and line,
 * and the fix makes the page whole again.
 */
class BrowserPreviewIT {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    @TempDir
    Path temp;

    private Path content;
    private PreviewSession session;
    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void start() throws IOException {
        content = temp.resolve("content");
        SiteFiles.copyTree(Path.of("src/test/resources/sites/basic/content"), content);
        session = new PreviewSession(Path.of(""), content, Path.of("templates"), "127.0.0.1", 0,
                temp.resolve("classes"), new PrintWriter(new StringWriter(), true), false);
        session.watch();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + temp.resolve("profile"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        session.close();
    }

    private boolean pageWasReloaded() {
        return ((JavascriptExecutor) browser).executeScript("return window.newsbriefTestMarker === undefined;")
                .equals(Boolean.TRUE);
    }

    private void markPage() {
        ((JavascriptExecutor) browser).executeScript("window.newsbriefTestMarker = true;");
    }

    @Test
    void aSaveReloadsThePageAMistakeShowsAnOverlayAndTheFixRecovers() throws Exception {
        Path river = content.resolve("briefs/2026-10-05-river-levels.md");
        String good = SiteFiles.read(river);
        browser.get(session.server().address().resolve("/briefs/river-levels/").toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"),
                "River freight slows as water levels drop"));
        wait.until(driver -> ((JavascriptExecutor) driver)
                .executeScript("return document.readyState").equals("complete"));
        markPage();

        Files.writeString(river, good.replace("arrived early", "arrived three weeks early"));

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("signal"), "arrived three weeks early"));
        assertTrue(pageWasReloaded());
        markPage();

        Files.writeString(river, good.replace("## The Signal", "## The Singal"));

        WebElement overlay = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("newsbrief-overlay")));
        String shown = overlay.getText();
        assertTrue(shown.contains("2026-10-05-river-levels.md:14:1"), shown);
        assertTrue(shown.contains("unknown section \"The Singal\""), shown);
        assertTrue(shown.contains("## The Singal"), "the source line: " + shown);
        assertTrue(shown.contains("did you mean \"## The Signal\"?"), shown);

        Files.writeString(river, good);

        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("newsbrief-overlay")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("signal"), "arrived early"));
        assertTrue(pageWasReloaded());
    }

    @Test
    void aPageOpenedWhileTheBuildIsBrokenShowsTheOverlay() throws Exception {
        Path river = content.resolve("briefs/2026-10-05-river-levels.md");
        String good = SiteFiles.read(river);
        Files.writeString(river, good.replace("date: 2026-10-05", "date: 2026-10-32"));
        // The watcher reports the save; wait until the server has the broken build.
        Thread.sleep(1500);

        browser.get(session.server().address().resolve("/briefs/chip-export-rules/").toString());

        WebElement overlay = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("newsbrief-overlay")));
        assertTrue(overlay.getText().contains("2026-10-05-river-levels.md:3:7"), overlay.getText());
        assertTrue(overlay.getText().contains("is not a valid date"), overlay.getText());
    }

    @Test
    void aSavedTemplateShowsWithoutARestart() throws Exception {
        Path templates = temp.resolve("templates");
        SiteFiles.copyTree(Path.of("templates"), templates);
        session.close();
        StringWriter console = new StringWriter();
        session = new PreviewSession(Path.of(""), content, templates, "127.0.0.1", 0, temp.resolve("classes2"),
                new PrintWriter(console, true), false);
        session.watch();
        browser.get(session.server().address().resolve("/").toString());
        // A watcher may report the freshly copied files once more and reload the page: wait, do not race.
        wait.withMessage(console::toString)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Latest briefs"));

        Path home = templates.resolve("home.jte");
        // The heading's words are a label; the template's own markup is what a saved edit changes.
        Files.writeString(home, SiteFiles.read(home).replace("<h1 class=\"page-title\">",
                "<h1 class=\"page-title\">Today's "));

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Today's Latest briefs"));
    }
}
