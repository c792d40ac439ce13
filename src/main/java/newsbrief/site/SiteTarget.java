package newsbrief.site;

import newsbrief.model.ContentKey;

/**
 * Where the files of a run go: a staging folder swapped in for the output ({@link StagingTarget},
 * {@code build}) or a snapshot in memory ({@code serve}). A target that keeps files between runs
 * says which are unchanged, by key, so they are not made again.
 */
public interface SiteTarget extends AutoCloseable {

    /** Whether this target keeps files between runs, and so wants their keys. */
    boolean keepsFiles();

    /** Whether the file at {@code path} was made before from {@code key}: then {@link #keep} it. */
    boolean unchanged(String path, ContentKey key);

    /** Keeps the file made before at {@code path}. */
    void keep(String path);

    /**
     * Writes one file; may be called from several threads at once.
     *
     * @param key what it was made from, or null for a target that keeps no files
     */
    void write(String path, ContentKey key, byte[] bytes) throws OutputException;

    /** Makes the files written and kept the site, as one step. */
    void commit() throws OutputException;

    /** Drops what was not committed. */
    @Override
    void close();
}
