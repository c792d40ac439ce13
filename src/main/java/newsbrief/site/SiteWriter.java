package newsbrief.site;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The only code that writes the output folder. A build goes into a staging folder beside it
 * ({@code site-output.staging-*}); {@link Staging#commit()} swaps it in, so the old site stays
 * whole until the new one is complete, and pages of deleted briefs disappear.
 *
 * <p>A folder newsbrief made holds a marker file; a non-empty folder without one is refused rather
 * than replaced, so a mistyped {@code --out} cannot wipe someone's work.
 */
public final class SiteWriter {

    static final String MARKER = ".newsbrief-output";

    /**
     * Starts writing a site that will replace {@code out}.
     *
     * @param out        the output folder
     * @param protectedPaths folders that must never be replaced or contain the output, such as the content folder
     */
    public Staging stage(Path out, Path... protectedPaths) throws OutputException {
        Path target = out.toAbsolutePath().normalize();
        checkTarget(target, protectedPaths);
        try {
            Files.createDirectories(target.getParent());
            recoverFromInterruptedRuns(target);
            Path staging = Files.createTempDirectory(target.getParent(), target.getFileName() + ".staging-");
            Files.writeString(staging.resolve(MARKER), "Written by newsbrief; this folder is replaced on every build.\n",
                    StandardCharsets.UTF_8);
            return new Staging(target, staging);
        } catch (IOException e) {
            throw new OutputException("cannot create a folder beside " + target + ": " + e.getMessage(), e);
        }
    }

    /**
     * A run killed while writing leaves its staging folder behind; one killed between the two
     * renames of {@link Staging#commit()} leaves the old site as {@code NAME.staging-*.previous}
     * and no {@code NAME}. Both are ours (they hold the marker): put the old site back, drop the rest.
     */
    private static void recoverFromInterruptedRuns(Path target) throws IOException {
        String prefix = target.getFileName() + ".staging-";
        List<Path> leftovers;
        try (Stream<Path> siblings = Files.list(target.getParent())) {
            leftovers = siblings.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .filter(p -> Files.exists(p.resolve(MARKER)))
                    .sorted()
                    .toList();
        }
        for (Path leftover : leftovers) {
            if (leftover.getFileName().toString().endsWith(".previous") && !Files.exists(target)) {
                Files.move(leftover, target, StandardCopyOption.ATOMIC_MOVE);
            } else {
                deleteTree(leftover);
            }
        }
    }

    private static void checkTarget(Path target, Path... protectedPaths) throws OutputException {
        if (target.getParent() == null) {
            throw new OutputException("refusing to write the site to " + target + ": it is the file-system root");
        }
        Path home = Path.of(System.getProperty("user.home")).toAbsolutePath().normalize();
        if (target.equals(home)) {
            throw new OutputException("refusing to write the site to " + target + ": it is the home folder");
        }
        for (Path guarded : protectedPaths) {
            Path normal = guarded.toAbsolutePath().normalize();
            if (normal.startsWith(target) || target.startsWith(normal)) {
                throw new OutputException("refusing to write the site to " + target + ": it overlaps " + normal);
            }
        }
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new OutputException("refusing to write the site to " + target + ": it is a file, not a folder");
        }
        if (Files.isDirectory(target) && !Files.exists(target.resolve(MARKER)) && !isEmpty(target)) {
            throw new OutputException("refusing to replace " + target
                    + ": it is not empty and newsbrief did not make it; choose another --out or empty it");
        }
    }

    private static boolean isEmpty(Path folder) throws OutputException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new OutputException("cannot read " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * A site being written; nothing is visible at the output folder until {@link #commit()}.
     * {@link #write} may be called from many threads at once.
     *
     * <p>A file whose bytes are the same as in the current site is hard-linked from it instead of
     * written: it keeps its timestamp (so deploy tools and browsers see it unchanged), costs no
     * disk space, and the current site stays untouched until the swap.
     */
    public static final class Staging implements AutoCloseable {
        private final Path target;
        private final Path staging;
        private final AtomicInteger unchanged = new AtomicInteger();
        private boolean committed;

        Staging(Path target, Path staging) {
            this.target = target;
            this.staging = staging;
        }

        public void write(String relativePath, String text) throws OutputException {
            write(relativePath, text.getBytes(StandardCharsets.UTF_8));
        }

        public void write(String relativePath, byte[] bytes) throws OutputException {
            Path file = resolve(relativePath);
            try {
                Files.createDirectories(file.getParent());
                Path current = target.resolve(staging.relativize(file));
                if (!sameBytes(current, bytes) || !linked(file, current)) {
                    Files.write(file, bytes);
                }
            } catch (IOException e) {
                throw new OutputException("cannot write " + file + ": " + e.getMessage(), e);
            }
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
            return Files.isRegularFile(current, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                    && Files.size(current) == bytes.length
                    && java.util.Arrays.equals(Files.readAllBytes(current), bytes);
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
                if (Files.exists(target)) {
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
                deleteTree(previous);
            } catch (IOException e) {
                // The new site is in place; the next build removes what is left of the old one.
            }
        }

        /** Drops the staging folder of a build that did not commit. */
        @Override
        public void close() {
            if (!committed) {
                try {
                    deleteTree(staging);
                } catch (IOException e) {
                    // Leaving a staging folder behind is untidy but harmless; the old site is intact.
                }
            }
        }
    }

    /** Deletes a folder and everything in it; nothing when it does not exist. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (exc != null) {
                    throw exc;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
