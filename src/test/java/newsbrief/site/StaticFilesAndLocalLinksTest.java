package newsbrief.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import newsbrief.BuildRequest;
import newsbrief.BuildResult;
import newsbrief.SiteBuild;
import newsbrief.diag.Diagnostic;
import newsbrief.diag.Rule;
import newsbrief.testing.SiteFiles;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code content/static/} reaches the site root as it is, never over a generated file; links and
 * images to paths from the site's root go under the base path, and must name a file of the site.
 * The sample site's base URL is {@code https://example.github.io/newsletter/}.
 */
class StaticFilesAndLocalLinksTest {

    @TempDir
    Path temp;

    private Path content;
    private Path out;
    private Path river;

    @BeforeEach
    void copySite() {
        content = temp.resolve("content");
        out = temp.resolve("out");
        SiteFiles.copyTree(Path.of("src/test/resources/sites/basic/content"), content);
        river = content.resolve("briefs/2026-10-05-river-levels.md");
    }

    private BuildResult build() {
        return new SiteBuild(Path.of("")).run(BuildRequest.build(content, out)
                .withNow(Instant.parse("2026-12-01T06:00:00Z")));
    }

    private void addToSignal(String markdown) throws IOException {
        Files.writeString(river, SiteFiles.read(river).replace("but this year it arrived early.",
                "but this year it arrived early.\n\n" + markdown));
    }

    private static List<Diagnostic> errors(BuildResult result) {
        return result.diagnostics().sorted().stream().filter(Diagnostic::isError).toList();
    }

    @Test
    void staticFilesAreCopiedToTheSiteRootAsTheyAre() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, (byte) 0xff};
        Files.createDirectories(content.resolve("static/images"));
        Files.createDirectories(content.resolve("static/.well-known"));
        Files.write(content.resolve("static/images/grid.png"), png);
        Files.writeString(content.resolve("static/.well-known/security.txt"), "Contact: mailto:desk@example.com\n");
        Files.writeString(content.resolve("static/.DS_Store"), "junk");

        BuildResult result = build();

        assertTrue(result.ok(), result.diagnostics().sorted()::toString);
        assertArrayEquals(png, Files.readAllBytes(out.resolve("images/grid.png")));
        assertTrue(Files.isRegularFile(out.resolve(".well-known/security.txt")));
        assertFalse(Files.exists(out.resolve(".DS_Store")), "hidden files are an editor's or a system's own");
    }

    @Test
    void aStaticFileMayNotReplaceAGeneratedOne() throws IOException {
        Files.createDirectories(content.resolve("static"));
        Files.writeString(content.resolve("static/feed.xml"), "<feed/>");

        BuildResult result = build();

        assertEquals(BuildResult.Outcome.CONTENT_ERRORS, result.outcome());
        Diagnostic clash = errors(result).get(0);
        assertEquals(Rule.OUTPUT_CLASH, clash.rule());
        assertTrue(clash.path().endsWith("content/static/feed.xml"), clash::toString);
        assertFalse(Files.exists(out), "nothing is written");
    }

    @Test
    void aStaticLinkOutOfTheContentIsReportedNotCopied() throws IOException {
        Path secret = Files.writeString(temp.resolve("secret.txt"), "not for the web");
        Files.createDirectories(content.resolve("static"));
        Files.createSymbolicLink(content.resolve("static/leak.txt"), secret);

        BuildResult result = build();

        assertEquals(Rule.FILE_OUTSIDE_CONTENT, errors(result).get(0).rule());
        assertFalse(Files.exists(out.resolve("leak.txt")));
    }

    @Test
    void rootPathsInABriefAreWrittenUnderTheBasePath() throws IOException {
        Files.createDirectories(content.resolve("static/images"));
        Files.write(content.resolve("static/images/grid.jpg"), new byte[] {1, 2, 3});
        addToSignal("![A barge at low water](/images/grid.jpg) See [the archive](/archive/) and "
                + "[shipping](/tags/shipping/#top).");

        BuildResult result = build();

        assertTrue(result.ok(), result.diagnostics().sorted()::toString);
        Document page = SiteFiles.html(out.resolve("briefs/river-levels/index.html"));
        assertEquals("/newsletter/images/grid.jpg", page.select("#signal img").attr("src"));
        assertEquals(List.of("/newsletter/archive/", "/newsletter/tags/shipping/#top"),
                page.select("#signal a").eachAttr("href"));
    }

    @Test
    void aRootPathThatNoFileAnswersIsAnErrorAtItsLine() throws IOException {
        addToSignal("![Missing](/images/missing.jpg)");

        BuildResult result = build();

        Diagnostic missing = errors(result).get(0);
        assertEquals(Rule.LINK_TARGET_MISSING, missing.rule());
        assertEquals(18, missing.position().line(), missing::toString);
        assertEquals("\"/images/missing.jpg\" is not a file of the site", missing.message());
    }

    @Test
    void rawHtmlAnywhereInABriefKeepsItsRootPathLinks() throws IOException {
        Files.createDirectories(content.resolve("static/images"));
        Files.write(content.resolve("static/images/grid.jpg"), new byte[] {1, 2, 3});
        addToSignal("![A barge](/images/grid.jpg) See [the archive](/archive/). Some <b>bold</b> text.");

        BuildResult result = build();

        assertTrue(result.ok(), result.diagnostics().sorted()::toString);
        Document page = SiteFiles.html(out.resolve("briefs/river-levels/index.html"));
        assertEquals("/newsletter/images/grid.jpg", page.select("#signal img").attr("src"));
        assertEquals("/newsletter/archive/", page.select("#signal a").attr("href"));
    }
}
