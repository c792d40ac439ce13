package newsbrief.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import newsbrief.diag.Diagnostic;
import newsbrief.diag.Diagnostics;
import newsbrief.diag.FileDiagnostics;
import newsbrief.diag.Rule;
import org.junit.jupiter.api.Test;

/** YAML front matter is read safely, keeping every value as the text the editor wrote. */
class YamlReaderTest {

    private final Diagnostics diagnostics = new Diagnostics();

    private Optional<YamlNode> read(String yaml) {
        FileDiagnostics report = new FileDiagnostics("brief.md", line -> "", diagnostics);
        return new YamlReader().read(yaml, 2, report);
    }

    private YamlNode.Scalar scalar(String yaml, String key) {
        YamlNode.Mapping mapping = (YamlNode.Mapping) read(yaml).orElseThrow();
        return (YamlNode.Scalar) mapping.get(key).orElseThrow();
    }

    @Test
    void keepsNoAsTheTextNo() {
        assertEquals("No", scalar("title: No\n", "title").value());
    }

    @Test
    void keepsDatesAndNumbersAsText() {
        assertEquals("2024-02-30", scalar("date: 2024-02-30\n", "date").value());
        assertEquals("0x1F", scalar("n: 0x1F\n", "n").value());
    }

    @Test
    void tellsQuotedFromPlainValues() {
        assertTrue(scalar("draft: true\n", "draft").plain());
        assertTrue(!scalar("draft: \"true\"\n", "draft").plain());
    }

    @Test
    void reportsPositionsAsFileLines() {
        YamlNode.Scalar title = scalar("date: 2026-11-26\ntitle: \"Headline\"\n", "title");

        assertEquals(3, title.position().line(), "line 1 is the opening ---");
        assertEquals(8, title.position().column());
    }

    @Test
    void reportsADuplicateKeyAtItsSecondLine() {
        read("title: A\ndate: 2026-11-26\ntitle: B\n");

        Diagnostic duplicate = diagnostics.sorted().get(0);
        assertEquals(Rule.YAML_DUPLICATE_KEY, duplicate.rule());
        assertEquals(4, duplicate.position().line());
        assertEquals("key \"title\" is repeated; it was first given on line 2", duplicate.message());
    }

    @Test
    void refusesJavaTypeTags() {
        read("title: !!javax.script.ScriptEngineManager [x]\n");

        assertEquals(List.of(Rule.YAML_TAG), diagnostics.sorted().stream().map(Diagnostic::rule).toList());
    }

    @Test
    void refusesAnAliasBombQuicklyAndWithoutExpandingIt() {
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char previous = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(previous).append(", *").append(previous)
                    .append(", *").append(previous).append(", *").append(previous).append("]\n");
        }

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> read(bomb.toString()));
        assertTrue(diagnostics.errorCount() > 0);
        assertTrue(diagnostics.sorted().stream().allMatch(d -> d.rule().id().startsWith("yaml-")));
    }

    @Test
    void reportsDeepNestingAsADiagnostic() {
        read("a: " + "[".repeat(200) + "]".repeat(200) + "\n");

        assertEquals(Rule.YAML_SYNTAX, diagnostics.sorted().get(0).rule());
    }

    @Test
    void readsAnEmptyDocumentAsAnEmptyMapping() {
        assertEquals(List.of(), ((YamlNode.Mapping) read("").orElseThrow()).entries());
    }
}
