package newsbrief.serve;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import newsbrief.model.ContentKey;
import newsbrief.site.SiteTarget;

/**
 * The preview's target: the site in memory, kept from run to run with the key each file was made
 * from, so a run makes only the files whose key changed. {@link #commit()} makes the files of the
 * run the new {@link SiteSnapshot}; files no longer planned are dropped with the old one. A failed
 * run leaves the last good snapshot as it was.
 */
final class SnapshotTarget implements SiteTarget {

    /** A file as made, with its key. */
    private record Made(ContentKey key, byte[] bytes) {
    }

    private Map<String, Made> current = Map.of();
    private Map<String, Made> next = new ConcurrentHashMap<>();
    private Optional<SiteSnapshot> snapshot = Optional.empty();

    /** Starts a run. */
    SnapshotTarget open() {
        next = new ConcurrentHashMap<>(Math.max(16, current.size() * 2));
        return this;
    }

    @Override
    public boolean keepsFiles() {
        return true;
    }

    @Override
    public boolean unchanged(String path, ContentKey key) {
        Made made = current.get(path);
        return made != null && made.key().equals(key);
    }

    @Override
    public void keep(String path) {
        next.put(path, current.get(path));
    }

    @Override
    public void write(String path, ContentKey key, byte[] bytes) {
        next.put(path, new Made(key, bytes));
    }

    @Override
    public void commit() {
        // No run writes to this map again: open() starts the next one with a new map. So the
        // snapshot can read it as it is, without a copy of 10,000 entries on every save.
        Map<String, Made> files = next;
        current = files;
        snapshot = Optional.of(new SiteSnapshot(path -> {
            Made made = files.get(path);
            return made == null ? null : made.bytes();
        }, files.size()));
    }

    @Override
    public void close() {
        next = new ConcurrentHashMap<>();
    }

    /** The last committed site, if any run succeeded. */
    Optional<SiteSnapshot> snapshot() {
        return snapshot;
    }
}
