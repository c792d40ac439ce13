package newsbrief.serve;

import java.util.Map;
import java.util.Optional;

/**
 * One build of the site, held in memory: every file by its path below the site root
 * ({@code briefs/x/index.html}). Immutable, so the server can hand it out while the next build runs.
 */
public final class SiteSnapshot {

    private final Map<String, byte[]> files;

    public SiteSnapshot(Map<String, byte[]> files) {
        this.files = Map.copyOf(files);
    }

    private SiteSnapshot(Map<String, byte[]> files, boolean owned) {
        this.files = java.util.Collections.unmodifiableMap(files);
    }

    /** A snapshot of a map no one changes after this call: no copy of a large site on every rebuild. */
    static SiteSnapshot owning(Map<String, byte[]> files) {
        return new SiteSnapshot(files, true);
    }

    /** The file at {@code path}; a folder path ({@code briefs/x/} or empty) means its index.html. */
    public Optional<byte[]> file(String path) {
        String key = path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
        byte[] content = files.get(key);
        if (content == null && !key.endsWith(".html") && files.containsKey(key + "/index.html")) {
            content = files.get(key + "/index.html");
        }
        return Optional.ofNullable(content);
    }

    public int size() {
        return files.size();
    }
}
