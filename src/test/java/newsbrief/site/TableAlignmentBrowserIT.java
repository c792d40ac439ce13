package newsbrief.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import newsbrief.BuildRequest;
import newsbrief.BuildResult;
import newsbrief.SiteBuild;
import newsbrief.testing.StaticServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** In Chromium, a table's columns stand as their Markdown aligns them, with the site's stylesheet. */
class TableAlignmentBrowserIT {

    private static final Path GERMAN = Path.of("src/test/resources/sites/german/content");
    /** Chromium computes align="center" as "-webkit-center", which centres as "center" does. */
    private static final String CELLS = "return Array.from(document.querySelectorAll('.brief__section th, "
            + ".brief__section td')).map(cell => getComputedStyle(cell).textAlign.replace('-webkit-', ''));";

    @TempDir
    Path temp;

    @Test
    void columnsAreAlignedAsTheMarkdownSays() throws Exception {
        Path out = temp.resolve("site");
        try (StaticServer server = new StaticServer(out, "/briefing/")) {
            BuildResult result = new SiteBuild(Path.of("")).run(BuildRequest.build(GERMAN, out)
                    .withBaseUrl(server.base().toString()).withNow(Instant.parse("2026-12-01T08:00:00Z")));
            assertEquals(BuildResult.Outcome.OK, result.outcome(), () -> result.diagnostics().sorted().toString());
            ChromeDriver browser = browser();
            try {
                browser.get(server.base() + "briefs/netzspeicher/");
                Object aligned = ((JavascriptExecutor) browser).executeScript(CELLS);

                assertEquals(List.of("left", "center", "right", "left", "center", "right", "left", "center", "right"),
                        aligned);
            } finally {
                browser.quit();
            }
        }
    }

    private ChromeDriver browser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(new File("/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + temp.resolve("profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
