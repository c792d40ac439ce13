package newsbrief.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.jte.CodeResolver;
import gg.jte.resolve.DirectoryCodeResolver;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import newsbrief.BuildRequest;
import newsbrief.BuildResult;
import newsbrief.SiteBuild;
import newsbrief.site.Outputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression test for the preview's cold start that failed about one time in six with "Failed to
 * render tag.jte, error at tag.jte:4" (issue 10): on a cold engine, pages rendered in parallel made
 * jte compile templates on several threads at once, writing class files into the one class folder
 * that other threads were loading classes from. The resolver below holds every read of a template
 * source open until another thread reads one too (or 300 ms pass), so if two compiles can overlap,
 * they do, every run, and the test fails; it passes only when every template is compiled on one
 * thread before pages are rendered in parallel.
 */
class ColdTemplateCompileIT {

    @TempDir
    Path temp;

    /** Reads templates like jte's own resolver and notes whether two compiles ever overlapped. */
    private static final class OverlapDetector implements CodeResolver {
        private final DirectoryCodeResolver templates = new DirectoryCodeResolver(Path.of("templates"));
        private final AtomicInteger active = new AtomicInteger();
        private final CountDownLatch second = new CountDownLatch(1);
        private final AtomicBoolean overlapped = new AtomicBoolean();

        @Override
        public String resolve(String name) {
            if (active.incrementAndGet() > 1) {
                overlapped.set(true);
                second.countDown();
            }
            try {
                second.await(300, TimeUnit.MILLISECONDS);
                return templates.resolve(name);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } finally {
                active.decrementAndGet();
            }
        }

        @Override
        public long getLastModified(String name) {
            return templates.getLastModified(name);
        }

        @Override
        public List<String> resolveAllTemplateNames() {
            return templates.resolveAllTemplateNames();
        }
    }

    @Test
    void aColdEngineNeverCompilesTwoTemplatesAtOnce() {
        OverlapDetector resolver = new OverlapDetector();
        Templates templates = Templates.compiling(resolver, temp.resolve("classes"), name -> Optional.empty());
        SiteBuild pipeline = new SiteBuild(Path.of(""), templates, Outputs.site());

        BuildResult result = pipeline.run(BuildRequest.build(Path.of("content"), temp.resolve("out"))
                .withNow(java.time.Instant.parse("2026-12-01T06:00:00Z")));

        assertTrue(result.ok(), result.diagnostics().sorted()::toString);
        assertFalse(resolver.overlapped.get(), "two templates were compiled at the same time");
    }
}
