package newsbrief.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import newsbrief.site.SiteWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watcher with real files: it keeps up when a watched folder is deleted and made again. */
class ContentWatcherTest {

    @TempDir
    Path temp;

    private final BlockingQueue<Set<Path>> calls = new LinkedBlockingQueue<>();
    private ContentWatcher watcher;

    @AfterEach
    void stop() {
        if (watcher != null) {
            watcher.close();
        }
    }

    private void watch(Path... roots) throws IOException {
        watcher = new ContentWatcher(List.of(roots), Duration.ofMillis(50), calls::add);
        watcher.start();
    }

    /** Waits for a call that names {@code path}; calls before it are passed over. */
    private void awaitCallWith(Path path) throws InterruptedException {
        Path expected = path.toAbsolutePath().normalize();
        for (Set<Path> call = calls.poll(20, TimeUnit.SECONDS); call != null; call = calls.poll(20, TimeUnit.SECONDS)) {
            if (call.contains(expected)) {
                return;
            }
        }
        throw new AssertionError("no call with " + expected + " within 20 s");
    }

    /** A folder with one brief, made beside {@code root} and moved into place whole, as git or mv do. */
    private Path replaceWithFolderHolding(Path root, String text) throws IOException {
        Path staging = Files.createTempDirectory(temp, "staging");
        Files.createDirectories(staging.resolve("briefs"));
        Files.writeString(staging.resolve("briefs/a.md"), text);
        Files.move(staging, root, StandardCopyOption.ATOMIC_MOVE);
        return root.resolve("briefs/a.md");
    }

    /** The folder's files are reported once it is back, and a save in it after that too. */
    private void thenItsFilesAndTheNextSaveAreReported(Path brief) throws Exception {
        awaitCallWith(brief);
        Files.writeString(brief, "saved again");
        awaitCallWith(brief);
    }

    @Test
    void aSaveIsReported() throws Exception {
        Path root = Files.createDirectories(temp.resolve("content"));
        Path brief = Files.writeString(root.resolve("a.md"), "one");
        watch(root);

        Files.writeString(brief, "two");

        awaitCallWith(brief);
    }

    @Test
    void aFolderDeletedAndMadeAgainIsWatchedAgain() throws Exception {
        Path content = temp.resolve("content");
        Path templates = Files.createDirectories(temp.resolve("templates"));
        replaceWithFolderHolding(content, "first");
        watch(content, templates);

        SiteWriter.deleteTree(content);
        awaitCallWith(content);
        Path brief = replaceWithFolderHolding(content, "second");

        thenItsFilesAndTheNextSaveAreReported(brief);
    }

    @Test
    void aFolderReplacedInOneMoveIsWatchedAgain() throws Exception {
        Path content = temp.resolve("content");
        replaceWithFolderHolding(content, "first");
        watch(content);

        Files.move(content, temp.resolve("content-old"), StandardCopyOption.ATOMIC_MOVE);
        Path brief = replaceWithFolderHolding(content, "second");

        thenItsFilesAndTheNextSaveAreReported(brief);
    }

    @Test
    void aFolderMissingAtTheStartIsWatchedOnceItIsMade() throws Exception {
        Path templates = temp.resolve("templates");
        watch(templates);

        Path brief = replaceWithFolderHolding(templates, "first");

        thenItsFilesAndTheNextSaveAreReported(brief);
    }
}
