package newsbrief.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.stream.Stream;
import newsbrief.BuildRequest;
import newsbrief.BuildResult;
import newsbrief.SiteBuild;
import newsbrief.testing.SiteFiles;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code build} and {@code serve} are one pipeline: for the same content, clock and base URL (and
 * drafts and scheduled briefs shown, as the preview shows them), the files the preview serves are
 * the files the build writes, byte for byte — with the templates from the jar and with templates
 * compiled on the fly. (The live-reload script is added by the server when it answers, not here.)
 */
class BuildServeParityTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    private static final String BASE_URL = "http://127.0.0.1:8080/";

    @TempDir
    Path temp;

    static Stream<Arguments> sites() {
        return Stream.of("content", "src/test/resources/sites/basic/content", "src/test/resources/sites/tldr/content")
                .flatMap(site -> Stream.of(Arguments.of(site, false), Arguments.of(site, true)));
    }

    @ParameterizedTest(name = "{0}, templates compiled on the fly: {1}")
    @MethodSource("sites")
    void thePreviewServesWhatTheBuildWrites(String site, boolean compiling) throws IOException {
        Path templates = Path.of("templates");
        if (compiling) {
            templates = temp.resolve("templates");
            SiteFiles.copyTree(Path.of("templates"), templates);
            // An extra partial no page uses: the folder is no longer the jar's, so it is compiled.
            Files.writeString(templates.resolve("partial/unused.jte"), "@param String text\n${text}\n");
        }
        Path out = temp.resolve("out");
        BuildResult built = new SiteBuild(Path.of("")).run(BuildRequest.build(Path.of(site), out)
                .withBaseUrl(BASE_URL).withDrafts(true).withFuture(true).withNow(NOW));
        assertTrue(built.ok(), built.diagnostics().sorted()::toString);

        PreviewBuild preview = new PreviewBuild(Path.of(""), Path.of(site), templates, temp.resolve("classes"), BASE_URL,
                Clock.fixed(NOW, ZoneOffset.UTC));
        PreviewBuild.Result served = preview.rebuild(Set.of());
        assertTrue(served.ok(), served.build().diagnostics().sorted()::toString);
        assertEquals(compiling, preview.compilesTemplates());

        SiteSnapshot snapshot = served.snapshot().orElseThrow();
        var files = SiteFiles.list(out).stream().filter(file -> !file.equals(".newsbrief-output")).toList();
        // The preview has one file more per brief: its email edition at email/SLUG/.
        long emails = files.stream().filter(file -> file.startsWith("briefs/") && file.endsWith("/index.html")).count();
        assertEquals(files.size() + emails, snapshot.size(), "files written " + files);
        for (String file : files) {
            byte[] written = Files.readAllBytes(out.resolve(file));
            byte[] shown = snapshot.file(file).orElseThrow(() -> new AssertionError(file + " is not served"));
            assertArrayEquals(written, shown, () -> file + " differs:\n" + new String(shown, StandardCharsets.UTF_8));
        }
    }
}
