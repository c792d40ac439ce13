package newsbrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import newsbrief.BuildRequest;
import newsbrief.BuildResult;
import newsbrief.SiteBuild;
import newsbrief.content.ContentScanner;
import newsbrief.diag.Diagnostic;
import newsbrief.diag.Rule;
import newsbrief.testing.SiteFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code new "Headline"} starts a brief that follows the schema and cannot be published unedited. */
class NewCommandTest {

    @TempDir
    Path temp;

    private Path content;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void site() {
        content = temp.resolve("content");
        SiteFiles.copyTree(Path.of("src/test/resources/sites/basic/content"), content);
    }

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void createsADraftFromTheSchemaAndPrintsItsPath() {
        int exit = run("new", "--content", content.toString(), "Central banks test a shared ledger: \"phase 2\"");

        assertEquals(ExitCode.OK, exit, err::toString);
        Path file = content.resolve("briefs/" + LocalDate.now() + "-central-banks-test-a-shared-ledger-phase-2.md");
        assertEquals(new ContentScanner(Path.of("")).displayPath(file), out.toString().strip());
        String text = SiteFiles.read(file);
        assertTrue(text.startsWith("---\ntitle: 'Central banks test a shared ledger: \"phase 2\"'\ndate: '"
                + LocalDate.now() + "'\ntags: []\ndraft: true\n---\n"), text);
        assertTrue(text.contains("\n## The Summary\n\n- TK: one thing a reader must know, in a sentence.\n"
                + "- TK: one thing a reader must know, in a sentence.\n\n## The Signal\n\nTK: write \"The Signal\" here.\n"),
                text);
    }

    @Test
    void anUneditedBriefIsFlaggedAndNotPublished() throws IOException {
        run("new", "--content", content.toString(), "Ferry crews strike");

        BuildResult check = new SiteBuild(Path.of("")).run(BuildRequest.check(content));
        List<Rule> rules = check.diagnostics().sorted().stream().map(Diagnostic::rule).distinct().toList();
        assertEquals(List.of(Rule.BRIEF_WORDS, Rule.PLACEHOLDER), rules);
        Path out = temp.resolve("site");
        new SiteBuild(Path.of("")).run(BuildRequest.build(content, out));
        assertTrue(Files.exists(out.resolve("index.html")));
        assertTrue(!Files.exists(out.resolve("briefs/ferry-crews-strike/index.html")), "a draft is not published");
    }

    @Test
    void refusesToOverwriteABrief() {
        run("new", "--content", content.toString(), "Ferry crews strike");

        int exit = run("new", "--content", content.toString(), "Ferry crews strike");

        assertEquals(ExitCode.USAGE_OR_CONFIGURATION, exit);
        assertTrue(err.toString().contains("already exists; nothing was written"), err::toString);
    }
}
