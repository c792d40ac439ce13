package newsbrief.site;

import java.nio.file.Path;
import newsbrief.model.ContentKey;

/**
 * The files of a build, written to a staging folder beside the output and swapped in by
 * {@link #commit()} ({@link SiteWriter}). Keeps nothing between runs: a build makes every file.
 */
public final class StagingTarget implements SiteTarget {

    private final SiteStaging staging;

    private StagingTarget(SiteStaging staging) {
        this.staging = staging;
    }

    /** Stages a site for {@code out}; refuses an output that would replace one of {@code protectedPaths}. */
    public static StagingTarget open(Path out, Path... protectedPaths) throws OutputException {
        return new StagingTarget(new SiteWriter().stage(out, protectedPaths));
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
        throw new IllegalStateException("a build keeps no files between runs");
    }

    @Override
    public void write(String path, ContentKey key, byte[] bytes) throws OutputException {
        staging.write(path, bytes);
    }

    @Override
    public void commit() throws OutputException {
        staging.commit();
    }

    @Override
    public void close() {
        staging.close();
    }
}
