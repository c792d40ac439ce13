package newsbrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import newsbrief.BuildRequest;
import newsbrief.BuildResult;
import newsbrief.SiteBuild;
import newsbrief.content.ContentScanner;
import newsbrief.diag.Diagnostic;
import newsbrief.diag.Rule;
import newsbrief.testing.Golden;
import newsbrief.testing.SiteFiles;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code import}: pasted text and other generators' posts become briefs that {@code check} accepts,
 * and what was guessed or not placed is said at the input's lines. The fixtures are
 * {@code src/test/resources/import/}; beside them, in {@code expected/}, the brief each makes and
 * the report it prints.
 */
class ImportCommandTest {

    private static final Path FIXTURES = Path.of("src/test/resources/import");
    private static final String NOW = "2026-12-01T10:00:00Z";

    @TempDir
    Path temp;

    private Path content;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void site() throws IOException {
        content = temp.resolve("content");
        Files.createDirectories(content.resolve("briefs"));
        Files.copy(Path.of("src/test/resources/sites/basic/content/site.yaml"), content.resolve("site.yaml"));
    }

    private int run(String... args) {
        String[] all = Stream.concat(Stream.of("import", "--content", content.toString(), "--now", NOW, "--color=never"),
                Stream.of(args)).toArray(String[]::new);
        return Main.run(all, new PrintWriter(out), new PrintWriter(err));
    }

    /** The report, with the temporary content folder written as {@code <content>}, so it can be golden. */
    private String report() {
        return err.toString().replace(new ContentScanner(Path.of("")).displayPath(content), "<content>");
    }

    /** A file of pasted text beside the content folder. */
    private Path pasted(String name, String text) throws IOException {
        Path file = temp.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private List<Path> briefs() throws IOException {
        try (Stream<Path> files = Files.list(content.resolve("briefs"))) {
            return files.sorted().toList();
        }
    }

    private BuildResult check() {
        return new SiteBuild(Path.of("")).run(BuildRequest.check(content));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"pasted-brief.txt", "pelican-post.md", "jekyll-post.md", "hugo-toml-post.md",
            "hugo-yaml-post.md"})
    void importsTheFixtureIntoTheGoldenBriefWithTheGoldenReport(String fixture) throws IOException {
        int exit = run(FIXTURES.resolve(fixture).toString());

        assertEquals(ExitCode.OK, exit, err::toString);
        List<Path> written = briefs();
        assertEquals(1, written.size(), () -> written.toString());
        Golden.assertMatches(FIXTURES.resolve("expected/" + fixture + ".diagnostics.txt"), report(), fixture);
        Golden.assertMatches(FIXTURES.resolve("expected/" + fixture + ".brief.txt"),
                written.get(0).getFileName() + "\n" + Files.readString(written.get(0), StandardCharsets.UTF_8), fixture);
        BuildResult check = check();
        assertFalse(check.diagnostics().hasErrors(), () -> check.diagnostics().sorted().toString());
    }

    @Test
    void aPastedBriefPassesCheckAndRendersItsSummaryPullQuoteAndLists() throws IOException {
        assertEquals(ExitCode.OK, run(FIXTURES.resolve("pasted-brief.txt").toString()), err::toString);

        assertEquals(List.of(), check().diagnostics().sorted().stream().filter(d -> d.path().endsWith(".md"))
                .map(Diagnostic::headline).toList(), "no problem in the brief (the site's only brief is a draft)");
        Path site = temp.resolve("site");
        BuildResult build = new SiteBuild(Path.of("")).run(BuildRequest.build(content, site).withDrafts(true));
        assertEquals(BuildResult.Outcome.OK, build.outcome(), () -> build.diagnostics().sorted().toString());
        Document page = SiteFiles.html(site.resolve("briefs/ferry-crews-strike-over-new-rota/index.html"));
        assertEquals("Ferry crews strike over new rota", page.selectFirst("h1").text());
        Element summary = page.getElementById("summary");
        assertEquals(List.of("Crews on all four island routes stopped work at 6am.",
                "The union says the new rota cuts rest days by a third.", "Talks with the operator resume on Friday."),
                summary.select("li").eachText());
        Element signal = page.getElementById("signal");
        assertEquals("“We cannot run a lifeline service on tired crews” — Mairi Campbell, union rep",
                signal.selectFirst("blockquote").text());
        assertEquals(List.of("Late sailings doubled.", "Two boats were sold."), signal.select("ul > li").eachText());
        assertTrue(signal.select("p").eachText().contains("Three things changed this year:"), signal::html);
        assertTrue(signal.select("p").eachText().contains("Prices rose by 5% (not *all* fares) & some <b>routes</b> closed."),
                "Markdown characters show as written: " + signal.html());
        assertEquals("Crews on the island routes walked out at dawn, the first strike in a decade.",
                page.selectFirst("meta[name=description]").attr("content"));
    }

    @Test
    void neverOverwritesABriefAndStillImportsTheOtherFiles() throws IOException {
        run(FIXTURES.resolve("jekyll-post.md").toString());
        Path first = briefs().get(0);
        String before = Files.readString(first, StandardCharsets.UTF_8);

        int exit = run(FIXTURES.resolve("jekyll-post.md").toString(), FIXTURES.resolve("pelican-post.md").toString());

        assertEquals(ExitCode.USAGE_OR_CONFIGURATION, exit);
        assertEquals(before, Files.readString(first, StandardCharsets.UTF_8));
        assertTrue(report().contains("src/test/resources/import/jekyll-post.md:1:1: error: <content>/briefs/"
                + "2026-11-27-council-votes-to-pedestrianise-the-high-street.md exists already; this file was not "
                + "imported [" + Rule.IMPORT_REFUSED.id() + "]"), this::report);
        assertEquals(2, briefs().size(), "the Pelican post is imported all the same");
    }

    @Test
    void aFileThatIsNotUtf8IsAnErrorAndTheOthersStillImport() throws IOException {
        int exit = run(FIXTURES.resolve("not-utf8.txt").toString(), FIXTURES.resolve("hugo-yaml-post.md").toString());

        assertEquals(ExitCode.CONTENT_ERRORS, exit);
        assertTrue(report().contains("\nsrc/test/resources/import/not-utf8.txt:1:10: error: file is not valid UTF-8 "
                + "(byte 10) [file-encoding]\n"), this::report);
        assertTrue(report().matches("(?s).*\nimported 1 of 2 files, with \\d+ warnings; 1 not imported \\(see above\\)\n"),
                this::report);
        assertEquals(1, briefs().size());
    }

    @Test
    void dateAndTagsOverrideTheHeadersAndPublishWritesNoDraft() throws IOException {
        int exit = run("--date", "2026-12-03", "--tags", "rail,industry", "--publish",
                FIXTURES.resolve("jekyll-post.md").toString());

        assertEquals(ExitCode.OK, exit, err::toString);
        Path brief = content.resolve("briefs/2026-12-03-council-votes-to-pedestrianise-the-high-street.md");
        String text = Files.readString(brief, StandardCharsets.UTF_8);
        assertTrue(text.contains("\ndate: '2026-12-03'\ntags:\n- rail\n- industry\n"), text);
        assertTrue(text.contains("\ndraft: false\n"), text);
    }

    @Test
    void aHeaderDraftStaysADraftEvenWithPublish() throws IOException {
        run("--publish", FIXTURES.resolve("hugo-yaml-post.md").toString());

        assertTrue(Files.readString(briefs().get(0), StandardCharsets.UTF_8).contains("\ndraft: true\n"));
        assertTrue(report().contains("warning: kept as a draft, as the header says, despite --publish [import-guess]"),
                this::report);
    }

    @Test
    void aHeaderDateWithoutOffsetIsReadInTheSitesTimeZone() throws IOException {
        Files.writeString(content.resolve("site.yaml"), "title: T\nbaseUrl: https://example.github.io/n/\n"
                + "timezone: Europe/Berlin\n", StandardCharsets.UTF_8);

        run(FIXTURES.resolve("pelican-post.md").toString());

        String text = Files.readString(briefs().get(0), StandardCharsets.UTF_8);
        assertTrue(text.contains("\ndate: '2026-11-28T14:05:00+01:00'\n"), text);
        assertTrue(report().contains("pelican-post.md:2:1: warning: \"2026-11-28 14:05\" has no offset; read it in "
                + "Europe/Berlin: 2026-11-28T14:05:00+01:00 [import-guess]"), this::report);
    }

    @Test
    void aBadDateIsRefusedBeforeAnythingIsRead() throws IOException {
        int exit = run("--date", "2024-02-30", FIXTURES.resolve("jekyll-post.md").toString());

        assertEquals(ExitCode.USAGE_OR_CONFIGURATION, exit);
        assertTrue(err.toString().startsWith("--date: error: \"2024-02-30\" is not a date"), err::toString);
        assertEquals(List.of(), briefs());
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        Path empty = pasted("empty.txt", "\n  \n");

        int exit = run(empty.toString());

        assertEquals(ExitCode.CONTENT_ERRORS, exit);
        assertTrue(err.toString().contains("error: the file is empty; there is no headline to make a brief of "
                + "[import-refused]"), err::toString);
        assertEquals(List.of(), briefs());
    }

    @Test
    void aControlCharacterInPastedTextIsWrittenEscapedAndReportedAtTheBrief() throws IOException {
        int exit = run(pasted("bell.txt", "Ferry \u0007 strike\n\nThe Summary\n- One.\n- Two.\n").toString());

        assertEquals(ExitCode.CONTENT_ERRORS, exit);
        String text = Files.readString(briefs().get(0), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("---\ntitle: \"Ferry \\a strike\"\n"), text);
        assertTrue(report().contains("2026-12-01-ferry-strike.md:2:8: error: the value holds control character "
                + "<U+0007>, written as an escape; a page cannot hold it [control-character]"), this::report);
    }

    @Test
    void theSummaryCountsAFileRefusedBecauseItsBriefExists() throws IOException {
        run(FIXTURES.resolve("jekyll-post.md").toString());
        err.getBuffer().setLength(0);

        int exit = run(FIXTURES.resolve("jekyll-post.md").toString());

        assertEquals(ExitCode.USAGE_OR_CONFIGURATION, exit);
        assertTrue(report().matches("(?s).*\nimported 0 of 1 file, with \\d+ warnings; 1 not imported "
                + "\\(see above\\)\n"), this::report);
    }

    @Test
    void theSummaryTellsFilesNotImportedFromBriefsWrittenWithErrors() throws IOException {
        Path unfinished = pasted("unfinished.txt", "Ferry strike\n\nThe Summary\n- One.\n- Two.\n");

        int exit = run(FIXTURES.resolve("not-utf8.txt").toString(), unfinished.toString());

        assertEquals(ExitCode.CONTENT_ERRORS, exit);
        assertTrue(report().matches("(?s).*\nimported 1 of 2 files, with \\d+ warnings; 1 not imported, 1 with "
                + "errors \\(see above\\)\n"), this::report);
    }
}
