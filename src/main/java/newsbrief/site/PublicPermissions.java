package newsbrief.site;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Every folder of a written site is {@code rwxr-xr-x} and every file {@code rw-r--r--}, whatever the
 * umask and the temporary-folder defaults ({@code rwx------}): a web server, or GitHub Pages'
 * artifact, must be able to read all of it. Nothing to do where the file system has no POSIX modes.
 */
final class PublicPermissions {

    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwxr-xr-x");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-r--r--");
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private PublicPermissions() {
    }

    static void folder(Path folder) throws IOException {
        if (POSIX) {
            Files.setPosixFilePermissions(folder, FOLDER);
        }
    }

    static void file(Path file) throws IOException {
        if (POSIX) {
            Files.setPosixFilePermissions(file, FILE);
        }
    }
}
