package newsbrief.serve;

import io.methvin.watcher.DirectoryWatcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches folders (content/ and templates/) with directory-watcher and calls back with the files
 * that changed, once things are quiet: an editor's autosave or a {@code git checkout} that touches
 * many files within {@code debounce} of each other gives one call. Calls come one at a time on
 * one thread, so rebuilds never overlap.
 */
public final class ContentWatcher implements AutoCloseable {

    private final DirectoryWatcher watcher;
    private final Duration debounce;
    private final Consumer<Set<Path>> onChange;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "newsbrief-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private final java.util.concurrent.ExecutorService watching = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "newsbrief-watch");
        thread.setDaemon(true);
        return thread;
    });
    private final Set<Path> pending = new HashSet<>();
    private ScheduledFuture<?> flush;

    public ContentWatcher(List<Path> roots, Duration debounce, Consumer<Set<Path>> onChange) throws IOException {
        this.debounce = debounce;
        this.onChange = onChange;
        this.watcher = DirectoryWatcher.builder()
                .paths(roots.stream().filter(Files::isDirectory).toList())
                .fileHashing(false)
                .listener(event -> {
                    if (event.path() != null) {
                        changed(event.path());
                    }
                })
                .build();
    }

    /** Starts watching in the background. */
    public void start() {
        watcher.watchAsync(watching);
    }

    synchronized void changed(Path path) {
        pending.add(path.toAbsolutePath().normalize());
        if (flush != null) {
            flush.cancel(false);
        }
        flush = scheduler.schedule(this::flush, debounce.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void flush() {
        Set<Path> changed;
        synchronized (this) {
            changed = Set.copyOf(pending);
            pending.clear();
        }
        if (!changed.isEmpty()) {
            onChange.accept(changed);
        }
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        watching.shutdownNow();
        scheduler.shutdownNow();
    }
}
