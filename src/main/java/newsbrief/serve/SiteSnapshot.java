package newsbrief.serve;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import newsbrief.render.Links;

/**
 * One build of the site, held in memory: every file by its path below the site root
 * ({@code briefs/x/index.html}). Immutable, so the server can hand it out while the next build runs.
 */
public final class SiteSnapshot {

    private final Map<String, byte[]> files;

    /**
     * @param files the files by path; no one may change the map afterwards. It is not copied, so a
     *              large site costs no copy on every rebuild.
     */
    public SiteSnapshot(Map<String, byte[]> files) {
        this.files = Collections.unmodifiableMap(files);
    }

    /** The file at {@code path}; a folder path ({@code briefs/x/} or empty) means its index.html. */
    public Optional<byte[]> file(String path) {
        String key = path.isEmpty() || path.endsWith("/") ? path + Links.INDEX : path;
        byte[] content = files.get(key);
        if (content == null && !key.endsWith(".html")) {
            content = files.get(key + "/" + Links.INDEX);
        }
        return Optional.ofNullable(content);
    }

    public int size() {
        return files.size();
    }
}
