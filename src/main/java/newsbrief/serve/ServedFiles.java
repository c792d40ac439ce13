package newsbrief.serve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads a file below a root folder for the preview to serve ({@code templates/assets/site.css}),
 * never through a symbolic link that leads out of the root: a stylesheet linked to
 * {@code ~/.ssh/id_ed25519} is refused, not served to whoever can reach the preview. A link that
 * stays inside the root is followed. The check is on the real path (every link on the way
 * resolved), and the file is then opened without following a link, so one swapped in between is
 * refused too.
 */
public final class ServedFiles {

    private ServedFiles() {
    }

    /**
     * The bytes of the regular file {@code relative} below {@code root}; empty when there is none
     * (missing, a folder, a link to nothing, a device or pipe).
     *
     * @param relative a path with {@code /}, e.g. {@code site.css}; never absolute, never {@code ..}
     * @throws OutsideRootException when the path, or a link on the way, leads out of {@code root}
     * @throws IOException          when the file is there but cannot be read
     */
    public static Optional<byte[]> read(Path root, String relative) throws IOException {
        Path base = root.toAbsolutePath().normalize();
        Path file = resolveInside(base, relative);
        Path real;
        try {
            real = file.toRealPath();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        if (!real.startsWith(base.toRealPath())) {
            throw new OutsideRootException(relative + " is a symbolic link that leads out of " + root);
        }
        if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(real, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of(in.readAllBytes());
        }
    }

    private static Path resolveInside(Path base, String relative) throws OutsideRootException {
        try {
            Path path = Path.of(relative);
            Path file = base.resolve(path).normalize();
            if (relative.isEmpty() || path.isAbsolute() || !file.startsWith(base) || file.equals(base)) {
                throw new OutsideRootException(relative + " is not a path inside " + base);
            }
            return file;
        } catch (InvalidPathException e) {
            throw new OutsideRootException(relative + " is not a path inside " + base);
        }
    }

    /** A file that would be read from outside its root; the message names it. */
    public static final class OutsideRootException extends IOException {
        private static final long serialVersionUID = 1L;

        OutsideRootException(String message) {
            super(message);
        }
    }
}
