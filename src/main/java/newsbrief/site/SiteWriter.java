package newsbrief.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Stream;

/**
 * The only code that writes the output folder. A build goes into a staging folder beside it
 * ({@code site-output.staging-*}); {@link SiteStaging#commit()} swaps it in, so the old site stays
 * whole until the new one is complete, and pages of deleted briefs disappear.
 *
 * <p>A folder newsbrief made holds a marker file; a non-empty folder without one is refused rather
 * than replaced, so a mistyped {@code --out} cannot wipe someone's work.
 */
public final class SiteWriter {

    static final String MARKER = ".newsbrief-output";

    /**
     * Starts writing a site that will replace {@code out}. The output folder is held (locked) until
     * the staging is closed, so a second build into it at the same time fails instead of mixing
     * two sites.
     *
     * @param out        the output folder; a symbolic link is followed to the folder it names
     * @param protectedPaths folders that must never be replaced or contain the output, such as the content folder
     */
    public SiteStaging stage(Path out, Path... protectedPaths) throws OutputException {
        Path target = OutputFolder.resolve(out);
        OutputFolder.check(target, protectedPaths);
        try {
            Files.createDirectories(target.getParent());
        } catch (IOException e) {
            throw new OutputException("cannot create " + target.getParent() + ": " + e.getMessage(), e);
        }
        OutputLock lock = OutputLock.acquire(target);
        try {
            recoverFromInterruptedRuns(target);
            return new SiteStaging(target, newStagingFolder(target), lock);
        } catch (IOException e) {
            lock.close();
            throw new OutputException("cannot create a folder beside " + target + ": " + e.getMessage(), e);
        }
    }

    /** A fresh staging folder with its marker; removed again if the marker cannot be written. */
    private static Path newStagingFolder(Path target) throws IOException {
        Path staging = Files.createTempDirectory(target.getParent(), target.getFileName() + ".staging-");
        try {
            PublicPermissions.folder(staging);
            Path marker = Files.writeString(staging.resolve(MARKER),
                    "Written by newsbrief; this folder is replaced on every build.\n", StandardCharsets.UTF_8);
            PublicPermissions.file(marker);
            return staging;
        } catch (IOException e) {
            deleteTree(staging);
            throw e;
        }
    }

    /**
     * A run killed while writing leaves its staging folder behind; one killed between the two
     * renames of {@link SiteStaging#commit()} leaves the old site as {@code NAME.staging-*.previous}
     * and no {@code NAME}. Both are ours (they hold the marker, or are empty: killed before it was
     * written): put the old site back, drop the rest. Only called with the output locked, so no
     * other build's staging folder is among them.
     */
    private static void recoverFromInterruptedRuns(Path target) throws IOException {
        String prefix = target.getFileName() + ".staging-";
        List<Path> leftovers;
        try (Stream<Path> siblings = Files.list(target.getParent())) {
            leftovers = siblings.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> Files.exists(p.resolve(MARKER)) || isEmptyFolder(p))
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

    private static boolean isEmptyFolder(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
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
