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
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
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
import newsbrief.diag.DiagnosticPrinter;
import newsbrief.diag.RepeatCap;
import newsbrief.model.ContentKey;
import newsbrief.site.SiteTarget;
import newsbrief.site.SiteWriter;

/**
 * Generated content folders ({@link ContentArbitraries}) run through the one pipeline in this
 * process, as {@code check} and {@code build} run it, each valid one rendered into memory (drafts
 * and scheduled briefs too, as the preview shows them). No exception escapes (one would be exit code
 * 70), no run hangs, and both what {@code check} prints and the site's bytes stay within a constant
 * factor of the input. One valid folder in {@value #BUILD_EVERY} is also built to disk, through the
 * staging folder. The seed is fixed, so a failure reproduces; jqwik then shows the smallest failing
 * folder it found.
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

    private static Path root;
    /** Runs each try, so that a hang is caught: one thread for all tries, as a thread each costs more than a try. */
    private static ExecutorService runner;

    @BeforeContainer
    static void start() throws IOException {
        // Memory-backed where there is one: ten thousand small folders are written and removed.
        Path shm = Path.of("/dev/shm");
        root = Files.isDirectory(shm) && Files.isWritable(shm) ? Files.createTempDirectory(shm, "newsbrief-properties")
                : Files.createTempDirectory("newsbrief-properties");
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
        // Drafts and scheduled briefs too, as the preview shows them: more of what was generated is rendered.
        BuildRequest request = BuildRequest.check(content).withNow(NOW).withDrafts(true).withFuture(true);
        MeasuredTarget memory = new MeasuredTarget();
        BuildResult result = new SiteBuild(root).run(request, site -> memory);
        long printed = printedBytes(result);
        assertTrue(printed <= CHECK_FACTOR * input + CHECK_FIXED, () -> printed + " bytes printed for " + input + " in");
        if (result.outcome() != BuildResult.Outcome.OK) {
            return result.outcome();
        }
        long made = memory.bytes();
        assertTrue(made <= SITE_FACTOR * input + SITE_FIXED, () -> made + " bytes of site for " + input + " in");
        if (Math.floorMod(generated.hashCode(), BUILD_EVERY) == 0) {
            buildToDisk(request, content);
        }
        return result.outcome();
    }

    /** A site target that keeps nothing and counts the bytes written to it. */
    private static final class MeasuredTarget implements SiteTarget {
        private final AtomicLong bytes = new AtomicLong();

        long bytes() {
            return bytes.get();
        }

        @Override
        public boolean keepsFiles() {
            return false;
        }

        @Override
        public boolean unchanged(String path, ContentKey key) {
            return false;
        }

        @Override
        public void keep(String path) {
            throw new IllegalStateException("keeps nothing, so nothing is unchanged");
        }

        @Override
        public void write(String path, ContentKey key, byte[] made) {
            bytes.addAndGet(made.length);
        }

        @Override
        public void commit() {
            // Nothing to make visible: the bytes are counted.
        }

        @Override
        public void close() {
            // Nothing held.
        }
    }

    /** What {@code check} prints: the diagnostics shown and the count. */
    private static long printedBytes(BuildResult result) {
        StringWriter text = new StringWriter();
        DiagnosticPrinter printer = new DiagnosticPrinter(new PrintWriter(text));
        printer.print(RepeatCap.apply(result.diagnostics().sorted()));
        printer.printSummary(result.diagnostics(), result.briefCount());
        return text.toString().getBytes(StandardCharsets.UTF_8).length;
    }

    /** The same run as {@code build}, into a staging folder swapped in: it must succeed as well. */
    private static void buildToDisk(BuildRequest request, Path content) {
        Path site = content.resolveSibling("site");
        BuildResult built = new SiteBuild(root).run(BuildRequest.build(content, site).withNow(NOW)
                .withDrafts(request.includeDrafts()).withFuture(request.includeFuture()));
        assertEquals(BuildResult.Outcome.OK, built.outcome(), () -> "check passed, but build did not: "
                + built.failure().orElse("") + built.diagnostics().sorted());
        assertTrue(Files.isRegularFile(site.resolve("index.html")), "the site is in place");
    }
}
