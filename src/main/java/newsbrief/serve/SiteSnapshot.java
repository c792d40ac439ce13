package newsbrief.serve;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import newsbrief.render.Links;

/**
 * One build of the site, held in memory: every file by its path below the site root
 * ({@code briefs/x/index.html}). Immutable, so the server can hand it out while the next build runs.
 */
public final class SiteSnapshot {

    private final Function<String, byte[]> files;
    private final int size;

    /**
     * @param files the files by path; no one may change the map afterwards. It is not copied, so a
     *              large site costs no copy on every rebuild.
     */
    public SiteSnapshot(Map<String, byte[]> files) {
        this(files::get, files.size());
    }

    /**
     * @param files the file at a path, or null; it must answer the same for as long as the snapshot
     *              is served
     * @param size  how many files there are
     */
    SiteSnapshot(Function<String, byte[]> files, int size) {
        this.files = files;
        this.size = size;
    }

    /** The file at {@code path}; a folder path ({@code briefs/x/} or empty) means its index.html. */
    public Optional<byte[]> file(String path) {
        String key = path.isEmpty() || path.endsWith("/") ? path + Links.INDEX : path;
        byte[] content = files.apply(key);
        if (content == null && !key.endsWith(".html")) {
            content = files.apply(key + "/" + Links.INDEX);
        }
        return Optional.ofNullable(content);
    }

    public int size() {
        return size;
    }
}
