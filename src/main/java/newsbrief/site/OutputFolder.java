package newsbrief.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Where a site may be written, decided on real paths: a link given as {@code --out} is followed to
 * the folder it names (which is then replaced, and the link keeps pointing at the new site), and a
 * folder that holds or lies inside the content is refused however its path is spelt.
 */
final class OutputFolder {

    private OutputFolder() {
    }

    /** The real folder that {@code out} names, whether or not it exists yet. */
    static Path resolve(Path out) throws OutputException {
        Path absolute = out.toAbsolutePath().normalize();
        if (Files.isSymbolicLink(absolute)) {
            try {
                return absolute.toRealPath();
            } catch (IOException e) {
                throw new OutputException("refusing to write the site to " + absolute
                        + ": it is a symbolic link to nothing; remove it or point it at a folder", e);
            }
        }
        return realPath(absolute);
    }

    /** The real path of a file that may not exist: its nearest existing folder's real path, then the rest. */
    static Path realPath(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing.getParent() != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (IOException e) {
            return absolute;
        }
    }

    /** Refuses a target that is the root, the home folder, a file, a guarded folder, or someone's folder. */
    static void check(Path target, Path... protectedPaths) throws OutputException {
        if (target.getParent() == null) {
            throw new OutputException("refusing to write the site to " + target + ": it is the file-system root");
        }
        if (target.equals(realPath(Path.of(System.getProperty("user.home"))))) {
            throw new OutputException("refusing to write the site to " + target + ": it is the home folder");
        }
        for (Path guarded : protectedPaths) {
            Path real = realPath(guarded);
            if (real.startsWith(target) || target.startsWith(real)) {
                throw new OutputException("refusing to write the site to " + target + ": it overlaps " + real);
            }
        }
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new OutputException("refusing to write the site to " + target + ": it is a file, not a folder");
        }
        if (Files.isDirectory(target) && !Files.exists(target.resolve(SiteWriter.MARKER)) && !isEmpty(target)) {
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
}
