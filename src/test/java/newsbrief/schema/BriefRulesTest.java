package newsbrief.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import newsbrief.testing.Check;
import newsbrief.testing.Golden;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each rule of src/docs/BRIEF-FORMAT.md has a fixture that breaks it in {@code briefs/invalid/}, with its exact
 * diagnostics beside it ({@code NAME.diagnostics.txt}), and fixtures that pass in {@code briefs/valid/}.
 */
class BriefRulesTest {

    private static final Path VALID = Path.of("src/test/resources/briefs/valid");
    private static final Path INVALID = Path.of("src/test/resources/briefs/invalid");

    static Stream<Path> validBriefs() throws IOException {
        return markdownFiles(VALID);
    }

    static Stream<Path> invalidBriefs() throws IOException {
        return markdownFiles(INVALID);
    }

    private static Stream<Path> markdownFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".md")).sorted().toList().stream();
        }
    }

    /** A fixture's text; one fixture is deliberately not valid UTF-8, so bad bytes are replaced. */
    private static String text(Path brief) throws IOException {
        return new String(Files.readAllBytes(brief), StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validBriefs")
    void acceptsValidBriefWithoutAnyDiagnostic(Path brief) {
        Check check = Check.brief(brief);

        assertEquals("", check.printed());
        assertTrue(check.result().isPresent());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidBriefs")
    void reportsTheGoldenDiagnostics(Path brief) throws IOException {
        Check check = Check.brief(brief);

        assertFalse(check.diagnostics().isEmpty(), "a broken brief yields at least one diagnostic");
        String name = brief.getFileName().toString().replaceFirst("\\.md$", "");
        Golden.assertMatches(brief.resolveSibling(name + ".diagnostics.txt"), check.printed(), text(brief));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidBriefs")
    void pointsEveryDiagnosticAtALineThatExists(Path brief) throws IOException {
        long lines = text(brief).lines().count();

        Check.brief(brief).diagnostics().forEach(d -> assertTrue(d.position().line() <= Math.max(1, lines),
                () -> d.headline() + " points past line " + lines));
    }
}
