package newsbrief.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsbrief.BuildRequest;
import newsbrief.BuildResult;
import newsbrief.SiteBuild;
import newsbrief.content.ContentScanner;
import newsbrief.diag.DiagnosticPrinter;
import newsbrief.diag.Diagnostics;
import newsbrief.diag.Rule;
import newsbrief.testing.Golden;
import newsbrief.testing.SiteFiles;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** The schema is data: a newsletter with other sections, counts and fields works end to end. */
class SchemaFileTest {

    private static final Path TLDR = Path.of("src/test/resources/sites/tldr/content");

    @TempDir
    Path temp;

    private BuildResult build(Path content, Path out) {
        return new SiteBuild(Path.of("")).run(BuildRequest.build(content, out));
    }

    @Test
    void theBuiltInSchemaIsTheBriefFormat() {
        BriefSchema schema = SchemaLoader.defaultSchema();

        assertEquals(List.of("The Summary", "The Signal", "The Implication"), schema.headings());
        SectionRule summary = schema.sections().get(0);
        assertEquals(2, summary.minBullets().orElseThrow());
        assertEquals(5, summary.maxBullets().orElseThrow());
        assertEquals(List.of("title", "date", "tags", "author", "slug", "description", "sources", "image", "draft", "updated"),
                schema.fieldNames());
        assertEquals(140, schema.field("title").orElseThrow().maxLength().orElseThrow());
    }

    @Test
    void buildsANewsletterWithItsOwnSections() {
        Path out = temp.resolve("out");

        BuildResult result = build(TLDR, out);

        assertEquals(List.of(), result.diagnostics().sorted(), "file-name-date is switched off by the schema");
        assertEquals(BuildResult.Outcome.OK, result.outcome());
        Document page = SiteFiles.html(out.resolve("briefs/browser-engine/index.html"));
        assertEquals(List.of("TL;DR", "Context", "What's next"), page.select("article section > h2").eachText());
        assertEquals(List.of("tldr", "context", "next"), page.select("article section").eachAttr("id"));
        assertEquals(1, page.select("#context table").size(), "tables are allowed in Context");
        Document optionalMissing = SiteFiles.html(out.resolve("briefs/phone-repair-law/index.html"));
        assertEquals(List.of("TL;DR", "Context"), optionalMissing.select("article section > h2").eachText());
        Document home = SiteFiles.html(out.resolve("index.html"));
        assertEquals(List.of("A new rule requires spare parts for seven years.",
                "It applies to phones sold from next year."), home.select(".brief-card").get(0)
                .select(".brief-card__summary li").eachText());
    }

    @Test
    void rejectsABriefWrittenForTheDefaultFormat() throws IOException {
        Path content = temp.resolve("content");
        SiteFiles.copyTree(TLDR, content);
        Files.copy(Path.of("src/test/resources/briefs/valid/2026-11-26-minimal.md"),
                content.resolve("briefs/2026-11-26-minimal.md"));

        BuildResult result = new SiteBuild(Path.of("")).run(BuildRequest.check(content));

        assertEquals(BuildResult.Outcome.CONTENT_ERRORS, result.outcome());
        List<Rule> rules = result.diagnostics().sorted().stream().map(d -> d.rule()).toList();
        assertEquals(List.of(Rule.FIELD_REQUIRED, Rule.SECTION_UNKNOWN, Rule.SECTION_UNKNOWN,
                Rule.SECTION_UNKNOWN, Rule.SECTION_MISSING), rules);
        assertTrue(result.diagnostics().sorted().get(0).message().contains("\"editor\""));
    }

    @Test
    void enforcesASectionWordLimitGivenAsAnError() throws IOException {
        Path content = temp.resolve("content");
        SiteFiles.copyTree(TLDR, content);
        Path brief = content.resolve("briefs/2026-11-01-phone-repair-law.md");
        Files.writeString(brief, SiteFiles.read(brief).replace("for a decade.", "for a decade." + " More words.".repeat(60)));

        BuildResult result = build(content, temp.resolve("out"));

        assertEquals(BuildResult.Outcome.CONTENT_ERRORS, result.outcome());
        assertEquals("section \"Context\" has 142 words; expected at most 120",
                result.diagnostics().sorted().get(0).message());
        assertFalse(Files.exists(temp.resolve("out")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"broken-schema", "impossible-numbers-schema"})
    void reportsEveryMistakeInABrokenSchemaFile(String name) {
        Diagnostics diagnostics = new Diagnostics();
        Path schema = Path.of("src/test/resources/schemas/" + name + ".yaml");

        boolean loaded = new SchemaLoader(new ContentScanner(Path.of(""))).load(schema, diagnostics).isPresent();

        assertFalse(loaded);
        StringWriter printed = new StringWriter();
        new DiagnosticPrinter(new PrintWriter(printed)).print(diagnostics.sorted());
        Golden.assertMatches(schema.resolveSibling(name + ".diagnostics.txt"), printed.toString(),
                SiteFiles.read(schema));
    }

    @Test
    void aSectionIdMustBeASlugThePageDoesNotUseItself() throws IOException {
        Path schema = temp.resolve("schema.yaml");
        Files.writeString(schema, """
                sections:
                  - {id: main, heading: Main}
                  - {id: sources, heading: Reading}
                  - {id: "a b", heading: Spaced}
                  - {id: "", heading: Empty}
                  - {id: lede, heading: Lede}
                fields:
                  - {name: title, type: text, required: true}
                  - {name: date, type: date, required: true}
                """);
        Diagnostics diagnostics = new Diagnostics();

        boolean loaded = new SchemaLoader(new ContentScanner(Path.of(""))).load(schema, diagnostics).isPresent();

        assertFalse(loaded);
        assertEquals(List.of("2:10: section id \"main\" is an id the page gives its own element; the section "
                        + "would share it",
                "3:10: section id \"sources\" is an id the page gives its own element; the section would share it",
                "4:10: section id \"a b\" is not a valid id; expected [a-z0-9]+(-[a-z0-9]+)*",
                "5:10: section id \"\" is not a valid id; expected [a-z0-9]+(-[a-z0-9]+)*"),
                diagnostics.sorted().stream().map(d -> d.position().line() + ":" + d.position().column() + ": "
                        + d.message()).toList());
    }

    @Test
    void anEmptyPatternOrAnEmptyEnumValueIsAMistakeAtItsLine() throws IOException {
        Path schema = temp.resolve("schema.yaml");
        Files.writeString(schema, """
                sections:
                  - {id: news, heading: News, pattern: ""}
                fields:
                  - {name: title, type: text, required: true}
                  - {name: date, type: date, required: true}
                  - {name: kind, type: enum, values: [report, ""]}
                """);
        Diagnostics diagnostics = new Diagnostics();

        boolean loaded = new SchemaLoader(new ContentScanner(Path.of(""))).load(schema, diagnostics).isPresent();

        assertFalse(loaded);
        assertEquals(List.of("2:40: pattern is empty, so every heading would match it",
                        "6:38: an enum value is empty"),
                diagnostics.sorted().stream().map(d -> d.position().line() + ":" + d.position().column() + ": "
                        + d.message()).toList());
    }
}
