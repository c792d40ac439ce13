package newsbrief.email;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import newsbrief.site.OutputException;

/**
 * Writes editions into a folder as {@code NAME.html}, {@code NAME.txt} and {@code NAME.eml}. Each
 * file is written beside its place and moved there whole, so a reader never sees half a file;
 * other files in the folder are left alone.
 */
public final class EmailFiles {

    private EmailFiles() {
    }

    /**
     * @param content the content folder, which is never written into
     */
    public static void write(Path out, Path content, List<EmailEdition> editions) throws OutputException {
        Path folder = out.toAbsolutePath().normalize();
        if (folder.startsWith(content.toAbsolutePath().normalize())) {
            throw new OutputException("refusing to write email editions into the content folder " + out);
        }
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new OutputException("refusing to write email editions to " + out + ": it is a file, not a folder");
        }
        try {
            Files.createDirectories(folder);
            for (EmailEdition edition : editions) {
                write(folder.resolve(edition.name() + ".html"), edition.html().getBytes(StandardCharsets.UTF_8));
                write(folder.resolve(edition.name() + ".txt"), edition.text().getBytes(StandardCharsets.UTF_8));
                write(folder.resolve(edition.name() + ".eml"), edition.eml());
            }
        } catch (IOException e) {
            throw new OutputException("cannot write email editions to " + out + ": " + e.getMessage());
        }
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Path partial = file.resolveSibling("." + file.getFileName() + ".partial");
        Files.write(partial, bytes);
        try {
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
