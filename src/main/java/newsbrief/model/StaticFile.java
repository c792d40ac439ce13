package newsbrief.model;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file of {@code content/static/}, copied as it is to the same path below the site root:
 * {@code content/static/images/grid.jpg} becomes {@code images/grid.jpg}.
 *
 * @param sitePath     where it goes, relative to the site root, with {@code /}
 * @param source       the file to copy
 * @param displayPath  the file as diagnostics show it
 * @param size         its size in bytes, when listed
 * @param modifiedMillis when it was last changed, when listed; with the size, what the preview
 *                     compares to know whether to copy it again
 */
public record StaticFile(String sitePath, Path source, String displayPath, long size, long modifiedMillis) {

    public StaticFile {
        Objects.requireNonNull(sitePath, "sitePath");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(displayPath, "displayPath");
    }
}
