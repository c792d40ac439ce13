package newsbrief.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import newsbrief.testing.Golden;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rules that need more than one brief file, or settings of their own: each folder of
 * {@code sites/invalid/} is a content folder that breaks them, with the exact output of
 * {@code check} beside it ({@code check.diagnostics.txt}).
 */
class InvalidSitesTest {

    private static final Path SITES = Path.of("src/test/resources/sites/invalid");

    static Stream<Path> sites() throws IOException {
        try (Stream<Path> folders = Files.list(SITES)) {
            return folders.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sites")
    void checkReportsTheGoldenDiagnostics(Path site) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = Main.run(new String[] {"check", "--content", site.resolve("content").toString(), "--color=never"},
                new PrintWriter(out), new PrintWriter(err));

        assertTrue(exit == ExitCode.CONTENT_ERRORS || exit == ExitCode.USAGE_OR_CONFIGURATION, () -> "exit " + exit);
        Golden.assertMatches(site.resolve("check.diagnostics.txt"), err.toString(), site.toString());
    }
}
