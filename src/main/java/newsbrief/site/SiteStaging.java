package newsbrief.site;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A site being written; nothing is visible at the output folder until {@link #commit()}.
 * {@link #write} may be called from many threads at once. Every folder is made readable by all
 * ({@code rwxr-xr-x}) and every file too ({@code rw-r--r--}).
 *
 * <p>A file whose bytes are the same as in the current site is hard-linked from it instead of
 * written: it keeps its timestamp (so deploy tools and browsers see it unchanged), costs no
 * disk space, and the current site stays untouched until the swap. Only a file reached without a
 * symbolic link is linked: a linked folder in the current site leads elsewhere, and a hard link
 * would tie the new site to a file outside it.
 */
public final class SiteStaging implements AutoCloseable {
    private final Path target;
    private final Path staging;
    private final OutputLock lock;
    private final AtomicInteger unchanged = new AtomicInteger();
    /** Folders made in the staging folder, and whether the same folder of the current site is free of links. */
    private final Map<Path, Boolean> folders = new ConcurrentHashMap<>();
    private boolean committed;

    SiteStaging(Path target, Path staging, OutputLock lock) {
        this.target = target;
        this.staging = staging;
        this.lock = lock;
        folders.put(staging, isPlainFolder(target));
    }

    public void write(String relativePath, String text) throws OutputException {
        write(relativePath, text.getBytes(StandardCharsets.UTF_8));
    }

    public void write(String relativePath, byte[] bytes) throws OutputException {
        Path file = resolve(relativePath);
        try {
            boolean plain = folder(file.getParent());
            Path current = target.resolve(staging.relativize(file));
            if (!plain || !sameBytes(current, bytes) || !linked(file, current)) {
                Files.write(file, bytes);
            }
            PublicPermissions.file(file);
        } catch (IOException e) {
            throw new OutputException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Makes a folder of the staging folder (and its parents) once, readable by all; returns whether
     * the same folder of the current site is reached without a symbolic link.
     */
    private boolean folder(Path folder) throws IOException {
        Boolean plain = folders.get(folder);
        if (plain != null) {
            return plain;
        }
        boolean parentPlain = folder(folder.getParent());
        Files.createDirectories(folder);
        PublicPermissions.folder(folder);
        boolean result = parentPlain && isPlainFolder(target.resolve(staging.relativize(folder)));
        folders.put(folder, result);
        return result;
    }

    private static boolean isPlainFolder(Path folder) {
        return Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS);
    }

    /** Hard-links an unchanged file; false where the file system has no hard links. */
    private boolean linked(Path file, Path current) {
        try {
            Files.createLink(file, current);
            unchanged.incrementAndGet();
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static boolean sameBytes(Path current, byte[] bytes) throws IOException {
        return Files.isRegularFile(current, LinkOption.NOFOLLOW_LINKS)
                && Files.size(current) == bytes.length
                && Arrays.equals(Files.readAllBytes(current), bytes);
    }

    /** How many files were the same as in the previous site, and kept as they were. */
    int unchangedCount() {
        return unchanged.get();
    }

    public void copy(String relativePath, InputStream content) throws OutputException {
        try (content) {
            write(relativePath, content.readAllBytes());
        } catch (IOException e) {
            throw new OutputException("cannot read " + relativePath + ": " + e.getMessage(), e);
        }
    }

    private Path resolve(String relativePath) throws OutputException {
        Path file = staging.resolve(relativePath).normalize();
        if (!file.startsWith(staging) || file.equals(staging)) {
            throw new OutputException("refusing to write " + relativePath + ": it is outside the output folder");
        }
        return file;
    }

    /** Puts the new site in place of the old one. */
    public void commit() throws OutputException {
        Path previous = target.resolveSibling(staging.getFileName() + ".previous");
        try {
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                Files.move(target, previous, StandardCopyOption.ATOMIC_MOVE);
            }
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (Files.exists(previous)) {
                    Files.move(previous, target, StandardCopyOption.ATOMIC_MOVE);
                }
                throw e;
            }
            committed = true;
        } catch (IOException e) {
            throw new OutputException("cannot replace " + target + ": " + e.getMessage(), e);
        }
        try {
            SiteWriter.deleteTree(previous);
        } catch (IOException e) {
            // The new site is in place; the next build removes what is left of the old one.
        }
    }

    /** Drops the staging folder of a build that did not commit, and lets other builds write here. */
    @Override
    public void close() {
        try {
            if (!committed) {
                SiteWriter.deleteTree(staging);
            }
        } catch (IOException e) {
            // It holds the marker, so the next build removes what is left; the old site is intact.
        } finally {
            lock.close();
        }
    }
}
