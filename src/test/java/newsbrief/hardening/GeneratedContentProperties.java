package newsbrief.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import newsbrief.BuildRequest;
import newsbrief.BuildResult;
import newsbrief.SiteBuild;
import newsbrief.content.ContentScanner;
import newsbrief.diag.DiagnosticPrinter;
import newsbrief.diag.RepeatCap;
import newsbrief.render.PageRenderer;
import newsbrief.serve.IncrementalBuild;
import newsbrief.site.SiteWriter;

/**
 * Generated content folders ({@link ContentArbitraries}) run through the pipeline in this process:
 * validated as {@code check} does, and each valid one rendered in memory as {@code build} renders
 * it. No exception escapes (one would be {@code build}'s exit code 70), no run hangs, and what
 * {@code check} prints stays within a constant factor of the input. One valid folder in
 * {@value #BUILD_EVERY} is also built to disk, and its site must stay within a constant factor too.
 * The seed is fixed, so a failure reproduces; jqwik then shows the smallest failing folder it found.
 */
class GeneratedContentProperties {

    private static final int BUILD_EVERY = 50;
    /**
     * What {@code check} may print per byte of input, and beyond. A rule shows at most eleven lines a
     * file, so a few bytes (a repeated tag) may cost a few hundred; a quadratic output costs far more.
     */
    private static final long CHECK_FACTOR = 50;
    private static final long CHECK_FIXED = 16_384;
    private static final long SITE_FACTOR = 300;
    private static final long SITE_FIXED = 200_000;
    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    private static final PageRenderer RENDERER = PageRenderer.precompiled();

    private static Path root;
    /** The pipeline, with paths shown relative to {@link #root}. */
    private static SiteBuild pipeline;
    /** Runs each try, so that a hang is caught: one thread for all tries, as a thread each costs more than a try. */
    private static ExecutorService runner;

    @BeforeContainer
    static void start() throws IOException {
        // Memory-backed where there is one: ten thousand small folders are written and removed.
        Path shm = Path.of("/dev/shm");
        root = Files.isDirectory(shm) && Files.isWritable(shm) ? Files.createTempDirectory(shm, "newsbrief-properties")
                : Files.createTempDirectory("newsbrief-properties");
        pipeline = new SiteBuild(root);
        runner = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "generated-content");
            thread.setDaemon(true);
            return thread;
        });
    }

    @AfterContainer
    static void stop() throws IOException {
        runner.shutdownNow();
        SiteWriter.deleteTree(root);
    }

    @Provide
    Arbitrary<GeneratedContent> contentFolders() {
        return ContentArbitraries.content();
    }

    @Property(tries = 10_000, seed = "20261201")
    void neverCrashesHangsOrOutgrowsItsInput(@ForAll("contentFolders") GeneratedContent generated) throws Exception {
        Path folder = Files.createTempDirectory(root, "try");
        try {
            Path content = folder.resolve("content");
            long input = generated.write(content);
            BuildResult.Outcome outcome = runner.submit(() -> checkAndRender(generated, content, input))
                    .get(20, TimeUnit.SECONDS);
            Statistics.label("outcome").collect(outcome);
        } catch (TimeoutException e) {
            fail("no result after 20 s: the run hangs");
        } catch (ExecutionException e) {
            // The failed assertion or the escaped exception itself, for jqwik to report and shrink.
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw (Exception) e.getCause();
        } finally {
            SiteWriter.deleteTree(folder);
        }
    }

    private static BuildResult.Outcome checkAndRender(GeneratedContent generated, Path content, long input)
            throws IOException {
        BuildResult result = pipeline.run(BuildRequest.check(content).withNow(NOW));
        long printed = printedBytes(result);
        assertTrue(printed <= CHECK_FACTOR * input + CHECK_FIXED, () -> printed + " bytes printed for " + input + " in");
        if (result.outcome() != BuildResult.Outcome.OK) {
            return result.outcome();
        }
        IncrementalBuild.Result preview = new IncrementalBuild(content, content.resolveSibling("no-templates"),
                "https://example.org/", new ContentScanner(root), RENDERER, Clock.fixed(NOW, ZoneOffset.UTC))
                .rebuild(Set.of());
        assertTrue(preview.ok(), () -> "check passed, but rendering failed: " + preview.diagnostics());
        if (Math.floorMod(generated.hashCode(), BUILD_EVERY) == 0) {
            buildToDisk(content, input);
        }
        return result.outcome();
    }

    /** What {@code check} prints: the diagnostics shown and the count. */
    private static long printedBytes(BuildResult result) {
        StringWriter text = new StringWriter();
        DiagnosticPrinter printer = new DiagnosticPrinter(new PrintWriter(text));
        printer.print(RepeatCap.apply(result.diagnostics().sorted()));
        printer.printSummary(result.diagnostics(), result.briefCount());
        return text.toString().getBytes(StandardCharsets.UTF_8).length;
    }

    private static void buildToDisk(Path content, long input) throws IOException {
        Path site = content.resolveSibling("site");
        BuildResult built = pipeline.run(BuildRequest.build(content, site).withNow(NOW));
        assertEquals(BuildResult.Outcome.OK, built.outcome(), () -> "check passed, but build did not: "
                + built.failure().orElse("") + built.diagnostics().sorted());
        long bytes;
        try (Stream<Path> files = Files.walk(site)) {
            bytes = files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
        long written = bytes;
        assertTrue(written <= SITE_FACTOR * input + SITE_FIXED, () -> written + " bytes of site for " + input + " in");
    }
}
