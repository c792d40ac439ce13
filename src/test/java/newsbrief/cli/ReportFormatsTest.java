package newsbrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import newsbrief.report.GithubDiagnostics;
import newsbrief.testing.SiteFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --format}, {@code --strict} and {@code --color} on a tree of broken briefs. */
class ReportFormatsTest {

    @TempDir
    Path temp;

    private Path content;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Briefs that break many rules at once, and a draft with warnings: every problem comes out of one run. */
    @BeforeEach
    void brokenSite() throws IOException {
        content = temp.resolve("content");
        SiteFiles.copyTree(Path.of("src/test/resources/sites/basic/content"), content);
        for (String name : new String[] {"many-problems", "section-misspelt", "key-unknown", "placeholder-in-draft"}) {
            Files.copy(Path.of("src/test/resources/briefs/invalid/2026-11-26-" + name + ".md"),
                    content.resolve("briefs/2026-11-26-" + name + ".md"));
        }
    }

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void textReportsEveryProblemOfEveryBriefSortedByFileAndLine() {
        int exit = run("check", "--content", content.toString(), "--color=never");

        assertEquals(ExitCode.CONTENT_ERRORS, exit);
        String text = err.toString();
        assertEquals(8, text.lines().filter(l -> l.contains(": error: ")).count(), text);
        assertEquals(3, text.lines().filter(l -> l.contains(": warning: ")).count(), text);
        assertTrue(text.indexOf("key-unknown.md:2:1") < text.indexOf("many-problems.md:2:1"), text);
        assertTrue(text.indexOf("many-problems.md:11:1") < text.indexOf("many-problems.md:13:1"), text);
        assertTrue(text.endsWith("8 errors, 3 warnings in 3 of 8 briefs\n"), text);
        assertTrue(!text.contains("\u001b["), "no colour unless asked");
    }

    @Test
    void jsonIsAnArrayOfDiagnosticsOnStandardOutput() throws IOException {
        int exit = run("check", "--content", content.toString(), "--format", "json");

        assertEquals(ExitCode.CONTENT_ERRORS, exit);
        JsonNode array = new ObjectMapper().readTree(out.toString());
        assertEquals(11, array.size());
        JsonNode misspelt = null;
        for (JsonNode entry : array) {
            if (entry.get("rule").asText().equals("section-unknown") && entry.get("file").asText().endsWith("misspelt.md")) {
                misspelt = entry;
            }
        }
        assertEquals(12, misspelt.get("line").asInt());
        assertEquals(1, misspelt.get("column").asInt());
        assertEquals("error", misspelt.get("severity").asText());
        assertEquals("did you mean \"## The Signal\"?", misspelt.get("hint").asText());
        assertTrue(misspelt.get("message").asText().startsWith("unknown section \"The Singal\""));
        assertEquals("", err.toString(), "nothing but JSON is written");
    }

    @Test
    void githubWritesOneWorkflowCommandPerProblem() {
        run("check", "--content", content.toString(), "--format=github");

        String misspelt = out.toString().lines().filter(l -> l.contains("misspelt.md,line=12")).findFirst().orElseThrow();
        assertTrue(misspelt.matches("::error file=.*/briefs/2026-11-26-section-misspelt\\.md,line=12,col=1,"
                + "title=section-unknown::unknown section \"The Singal\"; expected one of .*%0Ahint: did you mean "
                + "\"## The Signal\"\\?"), misspelt);
        assertEquals(11, out.toString().lines().count());
        assertTrue(out.toString().lines().anyMatch(l -> l.startsWith("::warning file=")));
    }

    @Test
    void githubEscapesItsSeparators() {
        assertEquals("a%3Ab%2Cc%25%0Ad", GithubDiagnostics.property("a:b,c%\nd"));
        assertEquals("a:b,c%25%0D%0Ad", GithubDiagnostics.data("a:b,c%\r\nd"));
    }

    @Test
    void warningsPassUnlessStrict() throws IOException {
        Path clean = temp.resolve("clean");
        SiteFiles.copyTree(Path.of("src/test/resources/sites/basic/content"), clean);
        Files.copy(Path.of("src/test/resources/briefs/invalid/2026-11-26-placeholder-in-draft.md"),
                clean.resolve("briefs/2026-11-26-placeholder-in-draft.md"));

        assertEquals(ExitCode.OK, run("check", "--content", clean.toString()));
        assertEquals(ExitCode.CONTENT_ERRORS, run("check", "--content", clean.toString(), "--strict"));
        assertEquals(ExitCode.CONTENT_ERRORS, run("build", "--content", clean.toString(), "--strict",
                "--out", temp.resolve("site").toString()));
        assertTrue(!Files.exists(temp.resolve("site")), "a strict build with warnings writes nothing");
    }

    @Test
    void coloursOnlyWhenAsked() {
        run("check", "--content", content.toString(), "--color=always");

        assertTrue(err.toString().contains("\u001b[1;31merror\u001b[0m"), err::toString);
    }
}
