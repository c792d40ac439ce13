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
import newsbrief.cli.ExitCode;
import newsbrief.cli.Main;
import newsbrief.content.ContentScanner;
import newsbrief.diag.DiagnosticPrinter;
import newsbrief.diag.Diagnostics;
import newsbrief.diag.Severity;
import newsbrief.model.Brief;
import newsbrief.model.FieldValue;
import newsbrief.testing.Check;
import newsbrief.testing.Golden;
import newsbrief.testing.SiteFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schema's keys about the body around its sections, and its integer and enum fields (issue 14). */
class BodyLayoutTest {

    private static final Path LAYOUT_SCHEMA = Path.of("src/test/resources/schemas/layout-schema.yaml");
    private static final Path HARBOUR = Path.of("src/test/resources/sites/harbour/content");

    @TempDir
    Path temp;

    private Check check(BriefSchema schema, String fileName, String text) throws IOException {
        Path file = temp.resolve(fileName);
        Files.writeString(file, text);
        return Check.brief(file, schema);
    }

    @Test
    void reportsEveryWrongValueOfTheNewKeysAtItsLine() {
        Diagnostics diagnostics = new Diagnostics();

        boolean loaded = new SchemaLoader(new ContentScanner(Path.of(""))).load(LAYOUT_SCHEMA, diagnostics).isPresent();

        assertFalse(loaded);
        StringWriter printed = new StringWriter();
        new DiagnosticPrinter(new PrintWriter(printed)).print(diagnostics.sorted());
        Golden.assertMatches(LAYOUT_SCHEMA.resolveSibling("layout-schema.diagnostics.txt"), printed.toString(),
                SiteFiles.read(LAYOUT_SCHEMA));
    }

    @Test
    void aWrongLayoutKeyIsABadSchemaWithExitCode2() throws IOException {
        Path content = temp.resolve("content");
        SiteFiles.copyTree(HARBOUR, content);
        Files.copy(LAYOUT_SCHEMA, content.resolve("schema.yaml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        StringWriter err = new StringWriter();

        int exit = Main.run(new String[] {"check", "--content", content.toString(), "--color=never"},
                new PrintWriter(new StringWriter()), new PrintWriter(err));

        assertEquals(ExitCode.USAGE_OR_CONFIGURATION, exit);
        assertTrue(err.toString().contains("schema.yaml:5:7: error: lead \"tide\" is not a section id [schema-invalid]"),
                err::toString);
    }

    @Test
    void theBuiltInSchemaKeepsTheBriefFormatsLayout() {
        assertEquals(BodyLayout.DEFAULT, SchemaLoader.defaultSchema().layout());
        assertTrue(SchemaLoader.defaultSchema().sections().stream()
                .allMatch(rule -> rule.levels().equals(java.util.Set.of(2)) && !rule.repeat()
                        && rule.pattern().isEmpty() && rule.subsections().isEmpty()));
    }

    private static final String ISSUE = """
            ---
            title: "Fog"
            date: 2024-11-01
            issue: 555
            edition: holiday
            ---

            Fog all week.

            ## Tides and Weather

            - High water 06:00.
            - Fog.

            ## In Port

            ### Arrivals

            - Nobody.

            ### Departures

            - Nobody.

            ## From the Archive

            Fog, fifty years ago, too.
            """;

    @Test
    void anUnknownSectionUnderWarningIsReportedAndPublished() throws IOException {
        Check allowed = check(schemaWith("order: any", "order: any"), "2024-11-01-fog.md", ISSUE);
        assertEquals("", allowed.printed(), "the harbour schema allows unknown sections");

        Check warned = check(schemaWith("unknown-sections: allow", "unknown-sections: warning"), "2024-11-01-fog.md",
                ISSUE);

        assertEquals(1, warned.diagnostics().size(), warned::printed);
        assertEquals(Severity.WARNING, warned.diagnostics().get(0).severity());
        assertEquals("unknown section \"From the Archive\"; expected one of \"Tides and Weather\", \"In Port\", "
                + "\"Updates\", \"Notices to Mariners\", \"Letters\"", warned.diagnostics().get(0).message());
        Brief brief = warned.result().orElseThrow();
        assertEquals(List.of("tides", "in-port", "from-the-archive"), brief.sections().stream().map(s -> s.id()).toList());
    }

    private static BriefSchema schemaWith(String from, String to) {
        String text = SiteFiles.read(HARBOUR.resolve("schema.yaml"));
        assertTrue(text.contains(from), from);
        return SchemaLoader.parse(new newsbrief.content.SourceFile("schema.yaml", Path.of("schema.yaml"),
                text.replace(from, to)), new Diagnostics()).orElseThrow();
    }

    @Test
    void integerAndEnumValuesReachTheTemplatesTyped() throws IOException {
        Brief brief = check(schemaWith("order: any", "order: any"), "2024-11-01-fog.md", ISSUE).result().orElseThrow();

        assertEquals(new FieldValue.WholeNumber(555), brief.frontMatter().field("issue").orElseThrow());
        assertEquals(new FieldValue.Choice("holiday"), brief.frontMatter().field("edition").orElseThrow());
        assertEquals("555", brief.frontMatter().text("issue").orElseThrow());
    }

    @Test
    void theLeadIsTheFirstSectionWhenABriefLacksTheSchemasLead() throws IOException {
        BriefSchema schema = schemaWith("lead: tides", "lead: updates");

        Brief brief = check(schema, "2024-11-01-fog.md", ISSUE).result().orElseThrow();

        assertEquals("tides", brief.lead().id());
        assertEquals("Fog all week.", brief.description(), "the preamble, not the lead");
    }
}
