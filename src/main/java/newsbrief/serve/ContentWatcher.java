package newsbrief.serve;

import io.methvin.watcher.DirectoryWatcher;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
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
 * <p>
 * A watch ends when its folder is deleted, so every {@value #ROOT_CHECK_MILLIS} ms each folder is
 * looked at: one that is gone is reported changed, and one that is back (or was replaced by
 * another, as {@code mv} or {@code git checkout} do) is watched again and reported with every
 * file in it. A folder that does not exist at the start is watched once it appears.
 */
public final class ContentWatcher implements AutoCloseable {

    static final long ROOT_CHECK_MILLIS = 500;

    /** One folder's watch, and which folder it was (its file key) when the watch began. */
    private record Watch(DirectoryWatcher watcher, Object identity) {
    }

    private final List<Path> roots;
    private final Duration debounce;
    private final Consumer<Set<Path>> onChange;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            ExchangeThreads.named("newsbrief-rebuild"));
    private final ExecutorService watching = Executors.newCachedThreadPool(ExchangeThreads.named("newsbrief-watch"));
    private final Map<Path, Watch> watches = new HashMap<>();
    private final Set<Path> pending = new HashSet<>();
    private ScheduledFuture<?> flush;
    private boolean closed;

    public ContentWatcher(List<Path> roots, Duration debounce, Consumer<Set<Path>> onChange) throws IOException {
        this.roots = roots.stream().map(root -> root.toAbsolutePath().normalize()).distinct().toList();
        this.debounce = debounce;
        this.onChange = onChange;
        for (Path root : this.roots) {
            Optional<Object> identity = identity(root);
            if (identity.isPresent()) {
                watches.put(root, new Watch(watcher(root), identity.get()));
            }
        }
    }

    private DirectoryWatcher watcher(Path root) throws IOException {
        return DirectoryWatcher.builder()
                .path(root)
                .fileHashing(false)
                .listener(event -> {
                    if (event.path() != null) {
                        changed(event.path());
                    }
                })
                .build();
    }

    /** Starts watching in the background. */
    public synchronized void start() {
        watches.values().forEach(watch -> watch.watcher().watchAsync(watching));
        scheduler.scheduleWithFixedDelay(this::checkRoots, ROOT_CHECK_MILLIS, ROOT_CHECK_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** The folder's file key (its inode), which changes when it is replaced; empty when it is not there. */
    private static Optional<Object> identity(Path root) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(root, BasicFileAttributes.class);
            if (!attributes.isDirectory()) {
                return Optional.empty();
            }
            return Optional.of(attributes.fileKey() != null ? attributes.fileKey() : attributes.creationTime());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private synchronized void checkRoots() {
        if (closed) {
            return;
        }
        for (Path root : roots) {
            Optional<Object> identity = identity(root);
            Watch watch = watches.get(root);
            // A watch whose folder was deleted has ended by itself, even if a new folder took its file key.
            boolean current = watch != null && !watch.watcher().isClosed()
                    && identity.filter(watch.identity()::equals).isPresent();
            if (!current && (watch != null || identity.isPresent())) {
                rewatch(root, watch, identity);
            }
        }
    }

    private void rewatch(Path root, Watch old, Optional<Object> identity) {
        watches.remove(root);
        if (old != null) {
            closeQuietly(old.watcher());
        }
        changed(root);
        if (identity.isEmpty()) {
            return;
        }
        DirectoryWatcher watcher;
        try {
            watcher = watcher(root);
        } catch (IOException e) {
            // The folder went again while being registered; the next check tries once more.
            return;
        }
        watches.put(root, new Watch(watcher, identity.get()));
        watcher.watchAsync(watching);
        // Watching before walking: a file saved from now on is an event, one saved before is found here.
        reportEveryFile(root);
    }

    private void reportEveryFile(Path root) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    changed(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // A folder that cannot be listed: what was found is reported, and the rebuild reports the rest.
        }
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

    private static void closeQuietly(DirectoryWatcher watcher) {
        try {
            watcher.close();
        } catch (IOException e) {
            // Its folder is gone; there is nothing left to release.
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        scheduler.shutdownNow();
        watches.values().forEach(watch -> closeQuietly(watch.watcher()));
        watches.clear();
        watching.shutdownNow();
    }
}
