package newsbrief.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import newsbrief.BuildRequest;
import newsbrief.BuildResult;
import newsbrief.SiteBuild;
import newsbrief.cli.Main;
import newsbrief.diag.Diagnostic;
import newsbrief.diag.Rule;
import newsbrief.testing.SiteFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Regression tests for what the adversarial review of issue 10's pipeline found (issue 12 classes). */
class ReviewFindingsTest {

    @TempDir
    Path temp;

    private Path content;

    @BeforeEach
    void copySite() {
        content = temp.resolve("content");
        SiteFiles.copyTree(Path.of("src/test/resources/sites/basic/content"), content);
    }

    private BuildResult check() {
        return new SiteBuild(Path.of("")).run(BuildRequest.check(content).withNow(Instant.parse("2026-12-01T06:00:00Z")));
    }

    private static List<Rule> errorRules(BuildResult result) {
        return result.diagnostics().sorted().stream().filter(Diagnostic::isError).map(Diagnostic::rule).toList();
    }

    @Test
    void aStaticFileInTheWayOfAPageFolderOrNamedLikeAPageInAnotherCaseIsAClash() throws IOException {
        Files.createDirectories(content.resolve("static/feed.json"));
        Files.writeString(content.resolve("static/archive"), "not a folder");
        Files.writeString(content.resolve("static/feed.json/inner"), "x");
        Files.writeString(content.resolve("static/Index.html"), "x");

        assertEquals(List.of(Rule.OUTPUT_CLASH, Rule.OUTPUT_CLASH, Rule.OUTPUT_CLASH), errorRules(check()));
    }

    @Test
    void aStaticFileWhereThePreviewServesItsOwnIsAClash() throws IOException {
        Files.createDirectories(content.resolve("static/email/river-levels"));
        Files.writeString(content.resolve("static/email/river-levels/index.html"), "x");

        assertEquals(List.of(Rule.OUTPUT_CLASH), errorRules(check()));
    }

    @Test
    void aFifoInTheStaticFilesIsReported() throws Exception {
        Files.createDirectories(content.resolve("static"));
        Process mkfifo = new ProcessBuilder("mkfifo", content.resolve("static/pipe").toString()).start();
        assertEquals(0, mkfifo.waitFor());

        assertEquals(List.of(Rule.FILE_UNREADABLE), errorRules(check()));
    }

    @Test
    void aMomentPastYear9999InUtcIsOutOfRange() throws IOException {
        Path river = content.resolve("briefs/2026-10-05-river-levels.md");
        Files.writeString(river, SiteFiles.read(river).replace("date: 2026-10-05", "date: \"9999-12-31T23:59:59-18:00\""));

        BuildResult result = check();

        assertEquals(List.of(Rule.FIELD_DATE), errorRules(result));
        assertTrue(result.diagnostics().sorted().get(0).message().contains("out of range"));
    }

    @Test
    void theHeldBackLineShowsControlCharactersInsteadOfObeyingThem() throws IOException {
        Path draft = content.resolve("briefs/2026-11-30-x\u001b[2J\n::error::held.md");
        Files.writeString(draft, SiteFiles.read(content.resolve("briefs/2026-10-05-river-levels.md"))
                .replace("date: 2026-10-05", "date: 2026-11-30\ndraft: true\nslug: held"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = Main.run(new String[] {"build", "--content=" + content, "--out=" + temp.resolve("out"),
            "--color=never"}, new PrintWriter(out), new PrintWriter(err));

        String printed = out + "" + err;
        assertFalse(printed.contains("\u001b"), printed);
        assertFalse(printed.lines().anyMatch(line -> line.startsWith("::")), printed);
        assertTrue(exit == 0 || exit == 1, printed);
    }

    @Test
    void anApiKeyWithALineBreakIsAUsageErrorThatDoesNotPrintTheKey() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = Main.run(new String[] {"email", "--content=" + Path.of("content"), "--out=" + temp.resolve("mail"),
            "--now", "2026-12-01T00:00:00Z", "--push", "buttondown"}, new PrintWriter(out), new PrintWriter(err),
                Map.of("BUTTONDOWN_API_KEY", "secret-key\r\nX-Injected: 1"));

        assertEquals(2, exit, err::toString);
        assertTrue(err.toString().contains("BUTTONDOWN_API_KEY holds a line break"), err::toString);
        assertFalse((out + "" + err).contains("secret-key"), err::toString);
    }
}
