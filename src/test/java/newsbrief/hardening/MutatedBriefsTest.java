package newsbrief.hardening;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import newsbrief.BuildRequest;
import newsbrief.BuildResult;
import newsbrief.SiteBuild;
import newsbrief.diag.Diagnostic;
import newsbrief.testing.SiteFiles;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random mutations of valid briefs: characters that mean something to YAML and Markdown
 * inserted, lines dropped, doubled and swapped. Whatever comes out, the build must not throw, must
 * finish quickly, must point every diagnostic at a line that exists, and must not publish anything
 * that runs. A failing seed reproduces exactly: its number is in the test's name.
 */
class MutatedBriefsTest {

    private static final String SPECIAL = "-#>*_[]()!<>:&\"'`{}|~\\/\n\t ,.=%@!0123456789abcXYZ";
    private static final List<String> FRAGMENTS = List.of("---", "## The Signal", "## The Summary", "- ", "> ",
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))", "&amp;",
            "title: ", "date: 2026-02-30", "tags: [", "*a", "&a", "!!str", "```", "    ", "|a|b|\n|-|-|",
            "\u0000", "\uFEFF", "\r\n", "é", "\uD83D\uDE00");
    private static final List<Path> SEEDS_FROM = List.of(
            Path.of("src/test/resources/briefs/valid/2026-11-26-full.md"),
            Path.of("src/test/resources/briefs/valid/2026-11-26-minimal.md"),
            Path.of("content/briefs/2026-07-07-copper-prices-grid-demand.md"));

    static IntStream seeds() {
        return IntStream.range(0, 150);
    }

    @TempDir
    Path temp;

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void neverThrowsAndAlwaysPointsAtRealLines(int seed) throws IOException {
        Random random = new Random(seed);
        String original = SiteFiles.read(SEEDS_FROM.get(seed % SEEDS_FROM.size()));
        String mutated = mutate(original, random, 1 + random.nextInt(6));
        Path content = temp.resolve("content");
        SiteFiles.copyTree(Path.of("src/test/resources/sites/basic/content"), content);
        Path brief = content.resolve("briefs/2026-11-26-mutant.md");
        Files.writeString(brief, mutated, StandardCharsets.UTF_8);
        Path out = temp.resolve("out");

        BuildResult result = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> new SiteBuild(Path.of("")).run(BuildRequest.build(content, out)));

        long lines = Math.max(1, mutated.split("\r\n|\r|\n", -1).length);
        for (Diagnostic diagnostic : result.diagnostics().sorted()) {
            if (diagnostic.path().endsWith("mutant.md")) {
                assertTrue(diagnostic.position().line() <= lines, () -> diagnostic.headline() + "\n--- input ---\n"
                        + mutated);
            }
        }
        if (result.outcome() == BuildResult.Outcome.OK) {
            HostileInputCatalogueTest.assertNothingRuns(out);
        } else {
            assertFalse(result.diagnostics().sorted().isEmpty(), "a failed build says why");
            assertFalse(Files.exists(out), "a failed build writes nothing");
        }
    }

    static String mutate(String text, Random random, int mutations) {
        String result = text;
        for (int i = 0; i < mutations; i++) {
            result = switch (random.nextInt(5)) {
                case 0 -> insert(result, random, String.valueOf(SPECIAL.charAt(random.nextInt(SPECIAL.length()))));
                case 1 -> insert(result, random, FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
                case 2 -> dropLine(result, random);
                case 3 -> doubleLine(result, random);
                default -> swapLines(result, random);
            };
        }
        return result;
    }

    private static String insert(String text, Random random, String what) {
        int at = random.nextInt(text.length() + 1);
        return text.substring(0, at) + what + text.substring(at);
    }

    private static List<String> lines(String text) {
        return new ArrayList<>(List.of(text.split("\n", -1)));
    }

    private static String dropLine(String text, Random random) {
        List<String> lines = lines(text);
        lines.remove(random.nextInt(lines.size()));
        return String.join("\n", lines);
    }

    private static String doubleLine(String text, Random random) {
        List<String> lines = lines(text);
        int at = random.nextInt(lines.size());
        lines.add(at, lines.get(at));
        return String.join("\n", lines);
    }

    private static String swapLines(String text, Random random) {
        List<String> lines = lines(text);
        int a = random.nextInt(lines.size());
        int b = random.nextInt(lines.size());
        String line = lines.get(a);
        lines.set(a, lines.get(b));
        lines.set(b, line);
        return String.join("\n", lines);
    }
}
