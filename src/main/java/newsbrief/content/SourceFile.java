package newsbrief.content;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file read from disk, with its text normalised: no byte-order mark, {@code \n} line ends.
 *
 * @param displayPath the path shown in diagnostics: relative to the working directory, {@code /} separated
 * @param path        where it is on disk
 * @param text        its text
 */
public record SourceFile(String displayPath, Path path, String text) {

    public SourceFile {
        Objects.requireNonNull(displayPath, "displayPath");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
    }

    /** The file name without folders, e.g. {@code 2026-11-26-cloud-deal.md}. */
    public String fileName() {
        return path.getFileName().toString();
    }
}
