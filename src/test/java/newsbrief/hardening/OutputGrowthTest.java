package newsbrief.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import newsbrief.cli.Main;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Output grows with input, never faster: for each pathological content folder, made at a size and
 * at four times that size, what {@code check} prints (in every format) and what {@code build} writes
 * stay within a constant factor of the input's bytes, and four times the input gives at most about
 * four times the output. A quadratic output (a 30 KB line quoted under each of its thousands of
 * problems, one warning per pair of tag spellings) gives sixteen times.
 */
class OutputGrowthTest {

    /** At most this many bytes of {@code check} output per byte of input (text, JSON or GitHub). */
    private static final long CHECK_FACTOR = 5;
    /**
     * At most this many bytes of site per byte of input, beyond a fixed part for the stylesheet and
     * the pages every site has. Each of a brief's (at most 20) tags gives a page and a feed with it.
     */
    private static final long SITE_FACTOR = 300;
    private static final long SITE_FIXED = 200_000;
    /** Four times the input may give this many times the output: linear, with room for rounding. */
    private static final double GROWTH = 4 * 1.25;

    @TempDir
    Path temp;

    /** One file of {@code briefs/}. */
    record BriefFile(String name, String text) {
    }

    /** A content folder's briefs, for a size {@code n}. */
    record Shape(String name, IntFunction<List<BriefFile>> briefs) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> pathologicalContent() {
        return Stream.of(
                Arguments.of(new Shape("placeholders on one line", n -> List.of(brief("2026-11-26-tk.md",
                        "tags: [energy]", "TK ".repeat(1000 * n))))),
                Arguments.of(new Shape("unknown sections", n -> List.of(brief("2026-11-26-headings.md",
                        "tags: [energy]", "\n\n## The Singal\n\nText.".repeat(100 * n))))),
                Arguments.of(new Shape("links without text on one line", n -> List.of(brief("2026-11-26-links.md",
                        "tags: [energy]", "[](https://example.org/x) ".repeat(300 * n))))),
                Arguments.of(new Shape("one tag in many spellings", n -> IntStream.range(0, 40 * n)
                        .mapToObj(i -> brief("2026-11-26-spelling-" + i + ".md", "tags: [" + hyphenated(i) + "]", ""))
                        .toList())),
                Arguments.of(new Shape("a bad date in every brief", n -> IntStream.range(0, 40 * n)
                        .mapToObj(i -> brief("2026-11-26-date-" + i + ".md", "tags: [energy]\nupdated: 2026-02-30", ""))
                        .toList())));
    }

    static Stream<Arguments> pathologicalSites() {
        return Stream.of(
                Arguments.of(new Shape("twenty tags of its own in every brief", n -> IntStream.range(0, 10 * n)
                        .mapToObj(i -> brief("2026-11-26-own-tags-" + i + ".md", "tags: [" + String.join(", ",
                                IntStream.range(0, 20).mapToObj(t -> "b" + i + "-t" + t).toList()) + "]", ""))
                        .toList())),
                Arguments.of(new Shape("twenty shared tags in every brief", n -> IntStream.range(0, 10 * n)
                        .mapToObj(i -> brief("2026-11-26-shared-tags-" + i + ".md", "tags: [" + String.join(", ",
                                IntStream.range(0, 20).mapToObj(t -> "t" + t).toList()) + "]", ""))
                        .toList())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pathologicalContent")
    void checkOutputGrowsLinearly(Shape shape) throws IOException {
        for (String format : List.of("text", "json", "github")) {
            long[] input = new long[2];
            long[] output = new long[2];
            for (int i = 0; i < 2; i++) {
                Path content = write(shape, i == 0 ? 1 : 4);
                input[i] = bytes(content);
                output[i] = checkOutput(content, format);
            }
            assertLinear(shape + " (" + format + ")", input, output, CHECK_FACTOR, 0);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pathologicalSites")
    void siteSizeGrowsLinearly(Shape shape) throws IOException {
        long[] input = new long[2];
        long[] output = new long[2];
        for (int i = 0; i < 2; i++) {
            Path content = write(shape, i == 0 ? 1 : 4);
            Path out = content.resolveSibling("site");
            int exit = Main.run(new String[] {"build", "--content", content.toString(), "--out", out.toString()},
                    new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
            assertEquals(0, exit, shape::toString);
            input[i] = bytes(content);
            output[i] = bytes(out);
        }
        assertLinear(shape.toString(), input, output, SITE_FACTOR, SITE_FIXED);
    }

    private static void assertLinear(String what, long[] input, long[] output, long factor, long fixed) {
        for (int i = 0; i < 2; i++) {
            long in = input[i];
            long out = output[i];
            assertTrue(out <= factor * in + fixed, () -> what + ": " + out + " bytes out of " + in + " in");
        }
        assertTrue(output[1] <= GROWTH * Math.max(output[0], 1) + GROWTH * input[0], () -> what + ": "
                + output[0] + " bytes out of " + input[0] + ", but " + output[1] + " out of " + input[1]);
    }

    private long checkOutput(Path content, String format) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Main.run(new String[] {"check", "--content", content.toString(), "--format", format, "--color=never"},
                new PrintWriter(out), new PrintWriter(err));
        return (out.toString() + err).getBytes(StandardCharsets.UTF_8).length;
    }

    private Path write(Shape shape, int n) throws IOException {
        Path content = Files.createDirectories(temp.resolve(shape.name().replace(' ', '-') + "-" + n + "/content"));
        Files.writeString(content.resolve("site.yaml"), "title: Growth\nbaseUrl: https://example.org/\n");
        Files.createDirectories(content.resolve("briefs"));
        for (BriefFile brief : shape.briefs().apply(n)) {
            Files.writeString(content.resolve("briefs").resolve(brief.name()), brief.text());
        }
        return content;
    }

    /** A valid brief with {@code frontMatter} lines added and {@code implication} added to its last section. */
    static BriefFile brief(String name, String frontMatter, String implication) {
        String text = HostileInputCatalogueTest.BRIEF.replace("tags: [energy, grids]", frontMatter)
                .replace("before the spring report.", "before the spring report. " + implication);
        return new BriefFile(name, text);
    }

    /** The {@code i}-th way to write "abcdefghijkl" with hyphens between letters: one tag, spelt apart. */
    static String hyphenated(int i) {
        String word = "abcdefghijkl";
        StringBuilder tag = new StringBuilder().append(word.charAt(0));
        for (int at = 1; at < word.length(); at++) {
            if ((i >> (at - 1) & 1) == 1) {
                tag.append('-');
            }
            tag.append(word.charAt(at));
        }
        return tag.toString();
    }

    private static long bytes(Path root) throws IOException {
        List<Long> sizes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                sizes.add(Files.size(file));
            }
        }
        return sizes.stream().mapToLong(Long::longValue).sum();
    }
}
