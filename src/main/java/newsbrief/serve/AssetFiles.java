package newsbrief.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads the assets of a templates folder for the preview, only as regular files inside it: a
 * symbolic link there could otherwise serve any file of the machine to the browser.
 */
final class AssetFiles {

    /** Larger than any stylesheet; a FIFO or device never gets this far. */
    static final long MAX_BYTES = 16L * 1024 * 1024;

    private AssetFiles() {
    }

    /** The asset {@code name} of {@code folder}, or empty when there is none that may be served. */
    static Optional<byte[]> read(Path folder, String name) throws IOException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        Path root = folder.toRealPath();
        Path file = root.resolve(name).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                || !file.toRealPath().startsWith(root) || Files.size(file) > MAX_BYTES) {
            return Optional.empty();
        }
        return Optional.of(Files.readAllBytes(file));
    }
}
