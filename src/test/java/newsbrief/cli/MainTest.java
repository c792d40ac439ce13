package newsbrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsbrief.content.ContentScanner;
import newsbrief.testing.SiteFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line as a user runs it: arguments in, text and an exit code out. */
class MainTest {

    private static final Path BASIC = Path.of("src/test/resources/sites/basic/content");

    @TempDir
    Path temp;

    private Path content;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void copyContent() {
        content = temp.resolve("content");
        SiteFiles.copyTree(BASIC, content);
    }

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    private void breakSignalOfRiverBrief() throws IOException {
        Path brief = content.resolve("briefs/2026-10-05-river-levels.md");
        String text = Files.readString(brief);
        int from = text.indexOf("## The Signal");
        int to = text.indexOf("## The Implication");
        Files.writeString(brief, text.substring(0, from) + text.substring(to));
    }

    @Test
    void checkSaysEveryBriefIsValid() {
        int exit = run("check", "--content", content.toString());

        assertEquals(ExitCode.OK, exit, err::toString);
        assertEquals("all 4 briefs are valid\n", out.toString().replace("\r\n", "\n"));
    }

    @Test
    void checkReportsADeletedSignalSectionAtItsLine() throws IOException {
        breakSignalOfRiverBrief();

        int exit = run("check", "--content", content.toString());

        assertEquals(ExitCode.CONTENT_ERRORS, exit);
        String path = new ContentScanner(Path.of("")).displayPath(content.resolve("briefs/2026-10-05-river-levels.md"));
        assertTrue(err.toString().contains(path + ":14:1: error: section \"The Signal\" is missing; "
                + "expected after \"The Summary\" [section-missing]\n"), err::toString);
        assertTrue(err.toString().endsWith("1 error, 1 warning in 1 of 4 briefs\n"), err::toString);
    }

    @Test
    void buildWritesTheSite() {
        Path site = temp.resolve("site");

        int exit = run("build", "--content", content.toString(), "--out", site.toString());

        assertEquals(ExitCode.OK, exit, err::toString);
        assertTrue(Files.exists(site.resolve("index.html")));
        assertTrue(out.toString().startsWith("wrote 13 pages to " + site), out::toString);
    }

    @Test
    void buildWithAnErrorWritesNothingAndFails() throws IOException {
        breakSignalOfRiverBrief();
        Path site = temp.resolve("site");

        int exit = run("build", "--content", content.toString(), "--out", site.toString());

        assertEquals(ExitCode.CONTENT_ERRORS, exit);
        assertFalse(Files.exists(site));
        assertTrue(err.toString().contains(":14:1: error: section \"The Signal\" is missing"), err::toString);
    }

    @Test
    void buildTakesTheBaseUrlFromTheCommandLine() {
        Path site = temp.resolve("site");

        run("build", "--content", content.toString(), "--out", site.toString(),
                "--base-url", "https://someone.github.io/brief/");

        assertEquals("/brief/assets/style.css",
                SiteFiles.html(site.resolve("index.html")).selectFirst("link[rel=stylesheet]").attr("href"));
    }

    @Test
    void buildPublishesDraftsWhenAsked() {
        Path site = temp.resolve("site");

        run("build", "--content", content.toString(), "--out", site.toString(), "--drafts");

        assertTrue(Files.exists(site.resolve("briefs/grid-storage-draft/index.html")));
    }

    @Test
    void aBrokenSiteFileIsAConfigurationError() throws IOException {
        Files.writeString(content.resolve("site.yaml"), "title: [unclosed\n");

        int exit = run("check", "--content", content.toString());

        assertEquals(ExitCode.USAGE_OR_CONFIGURATION, exit);
        assertTrue(err.toString().contains("site.yaml:2:1: error: invalid YAML"), err::toString);
    }

    @Test
    void aBrokenSchemaFileIsAConfigurationError() throws IOException {
        Files.copy(Path.of("src/test/resources/schemas/broken-schema.yaml"), content.resolve("schema.yaml"));

        int exit = run("check", "--content", content.toString());

        assertEquals(ExitCode.USAGE_OR_CONFIGURATION, exit);
        assertTrue(err.toString().contains("schema.yaml:11:24: error: unknown field type \"datetime\" [schema-invalid]"),
                err::toString);
        assertTrue(err.toString().endsWith("schema.yaml; no brief was checked\n"), err::toString);
    }

    @Test
    void aBadValueLateInTheSiteFileIsStillAConfigurationError() throws IOException {
        Files.writeString(content.resolve("site.yaml"), SiteFiles.read(content.resolve("site.yaml")) + "maxFileBytes: 0\n");

        int exit = run("check", "--content", content.toString());

        assertEquals(ExitCode.USAGE_OR_CONFIGURATION, exit, err::toString);
        assertTrue(err.toString().contains("maxFileBytes is 0; expected 1 or more [config-range]"), err::toString);
    }

    @Test
    void aMisspeltSiteKeyIsReportedWithASuggestion() throws IOException {
        Files.writeString(content.resolve("site.yaml"), "title: T\nbaseURL: https://example.com/\n");

        int exit = run("check", "--content", content.toString());

        assertEquals(ExitCode.USAGE_OR_CONFIGURATION, exit);
        assertTrue(err.toString().contains("site.yaml:2:1: error: unknown site.yaml key \"baseURL\" [config-unknown-key]"),
                err::toString);
        assertTrue(err.toString().contains("hint: did you mean \"baseUrl\"?"), err::toString);
    }

    @Test
    void refusingTheOutputFolderIsAConfigurationError() throws IOException {
        Path precious = Files.createDirectories(temp.resolve("precious"));
        Files.writeString(precious.resolve("notes.txt"), "mine");

        int exit = run("build", "--content", content.toString(), "--out", precious.toString());

        assertEquals(ExitCode.USAGE_OR_CONFIGURATION, exit);
        assertTrue(err.toString().contains("error: refusing to replace"), err::toString);
    }

    @Test
    void buildTakesTheMomentOfTheBuildFromTheCommandLine() throws IOException {
        Path brief = content.resolve("briefs/2026-10-05-river-levels.md");
        Files.writeString(brief, Files.readString(brief).replace("date: 2026-10-05", "date: 2030-01-01T08:00:00+01:00"));
        Path held = temp.resolve("held");
        Path due = temp.resolve("due");

        int before = run("build", "--content", content.toString(), "--out", held.toString(), "--now", "2030-01-01T06:59:59Z");
        int after = run("build", "--content", content.toString(), "--out", due.toString(), "--now=2030-01-01T08:00:00+01:00");

        assertEquals(ExitCode.OK, before, err::toString);
        assertEquals(ExitCode.OK, after, err::toString);
        assertFalse(Files.exists(held.resolve("briefs/river-levels/index.html")));
        assertTrue(Files.exists(due.resolve("briefs/river-levels/index.html")));
    }

    @Test
    void buildTakesADayAsItsMidnightInUtc() throws IOException {
        Path brief = content.resolve("briefs/2026-10-05-river-levels.md");
        Files.writeString(brief, Files.readString(brief).replace("date: 2026-10-05", "date: 2030-01-01"));
        Path site = temp.resolve("site");

        int exit = run("build", "--content", content.toString(), "--out", site.toString(), "--now", "2030-01-01");

        assertEquals(ExitCode.OK, exit, err::toString);
        assertTrue(Files.exists(site.resolve("briefs/river-levels/index.html")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tomorrow", "2026-12-01T06:00:00", "2026-12-01 06:00", "2026-02-30", "2026-12-01 06:00 Z"})
    void aMomentThatIsNoneIsBadUsage(String moment) {
        Path site = temp.resolve("site");

        int exit = run("build", "--content", content.toString(), "--out", site.toString(), "--now", moment);

        assertEquals(ExitCode.USAGE_OR_CONFIGURATION, exit);
        assertEquals("--now: error: \"" + moment + "\" is not a moment; expected e.g. 2026-12-01T06:00:00Z, "
                + "2026-12-01T07:00:00+01:00 or 2026-12-01\nsee 'newsbrief build --help'\n", err.toString().replace("\r\n", "\n"));
        assertFalse(Files.exists(site), "nothing is built");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--no-such-option", "publish"})
    void badUsageExitsWithTwo(String argument) {
        assertEquals(ExitCode.USAGE_OR_CONFIGURATION, run("build", argument));
    }

    @Test
    void noCommandIsBadUsage() {
        assertEquals(ExitCode.USAGE_OR_CONFIGURATION, run());
        assertTrue(err.toString().contains("a command is required"), err::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"build", "check"})
    void everyCommandHasHelp(String command) {
        int exit = run(command, "--help");

        assertEquals(ExitCode.OK, exit);
        assertTrue(out.toString().contains("--content=DIR"), out::toString);
        assertTrue(out.toString().contains("Exit codes:"), out::toString);
    }

    /** picocli is given only the command named first; the help and the suggestions still know them all. */
    @Test
    void theHelpListsEveryCommandAndAMistypedOneGetsSuggestions() {
        assertEquals(ExitCode.OK, run("--help"));
        for (String command : List.of("build", "check", "serve", "new", "import", "email", "help")) {
            assertTrue(out.toString().lines().anyMatch(line -> line.startsWith("  " + command + " ")), out::toString);
        }

        assertEquals(ExitCode.USAGE_OR_CONFIGURATION, run("bild"));
        assertTrue(err.toString().contains("did you mean build"), err::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"serve", "email", "import", "new"})
    void helpNamesTheCommandItIsAskedAbout(String command) {
        assertEquals(ExitCode.OK, run("help", command));
        assertTrue(out.toString().startsWith("Usage: newsbrief " + command + " "), out::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"build", "check", "serve", "new", "import", "email"})
    void everyCommandTellsTheVersionAsTheToolDoes(String command) {
        assertEquals(ExitCode.OK, run("--version"));
        String version = out.toString();
        out.getBuffer().setLength(0);

        assertEquals(ExitCode.OK, run(command, "--version"));
        assertFalse(version.isBlank());
        assertEquals(version, out.toString());
    }
}
