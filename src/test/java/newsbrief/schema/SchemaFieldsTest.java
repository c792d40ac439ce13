package newsbrief.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import newsbrief.BuildRequest;
import newsbrief.BuildResult;
import newsbrief.SiteBuild;
import newsbrief.diag.DiagnosticPrinter;
import newsbrief.serve.PreviewBuild;
import newsbrief.testing.SiteFiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every field a schema declares reaches the templates typed; the fields the site reads keep their types. */
class SchemaFieldsTest {

    private static final Path TLDR = Path.of("src/test/resources/sites/tldr/content");

    @TempDir
    Path temp;

    @Test
    void aSchemasOwnFieldShowsOnThePageThroughATemplateEdit() throws IOException {
        Path templates = temp.resolve("templates");
        SiteFiles.copyTree(Path.of("templates"), templates);
        Path brief = templates.resolve("brief.jte");
        // The README's example: show the schema's "editor" field under the headline.
        Files.writeString(brief, SiteFiles.read(brief).replace("<h1>${page.brief().title()}</h1>",
                "<h1>${page.brief().title()}</h1>\n@if(page.brief().frontMatter().text(\"editor\").isPresent())\n"
                        + "<p class=\"editor\">Edited by ${page.brief().frontMatter().text(\"editor\").get()}</p>\n"
                        + "@endif"));
        PreviewBuild preview = new PreviewBuild(Path.of(""), TLDR, templates, temp.resolve("classes"),
                "http://127.0.0.1:8080/", Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC));

        PreviewBuild.Result result = preview.rebuild(Set.of());

        assertTrue(result.ok(), result.build().diagnostics().sorted()::toString);
        Document page = Jsoup.parse(new String(result.snapshot().orElseThrow().file("briefs/phone-repair-law/")
                .orElseThrow(), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("Edited by Ana", page.select("p.editor").text());
    }

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({"draft, text", "tags, text", "date, text", "sources, text-list", "title, boolean"})
    void retypingAFieldTheSiteReadsIsASchemaErrorAtItsLine(String field, String type) throws IOException {
        Path content = temp.resolve("content");
        SiteFiles.copyTree(TLDR, content);
        Path schema = content.resolve("schema.yaml");
        String text = SiteFiles.read(schema);
        String line = "  - {name: " + field + ", type: " + type + "}\n";
        text = text.lines().filter(l -> !l.contains("{name: " + field + ","))
                .reduce("", (a, b) -> a + b + "\n").replace("fields:\n", "fields:\n" + line);
        Files.writeString(schema, text);
        int lineNumber = text.lines().toList().indexOf(line.stripTrailing()) + 1;

        BuildResult result = new SiteBuild(Path.of("")).run(BuildRequest.check(content));

        assertEquals(BuildResult.Outcome.CONFIGURATION_ERRORS, result.outcome());
        StringWriter printed = new StringWriter();
        new DiagnosticPrinter(new PrintWriter(printed)).print(result.diagnostics().sorted());
        assertTrue(printed.toString().contains("schema.yaml:" + lineNumber + ":"), printed::toString);
        assertTrue(printed.toString().contains("field \"" + field + "\" is read by the site as "), printed::toString);
    }
}
