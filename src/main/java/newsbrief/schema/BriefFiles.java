package newsbrief.schema;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * How briefs that newsbrief writes ({@code new}, {@code import}) are named and written:
 * {@code YYYY-MM-DD-slug.md}, with front matter dumped by snakeyaml, never over an existing file,
 * and never seen half-written.
 */
public final class BriefFiles {

    private BriefFiles() {
    }

    /** The slug a headline gives, in any script; empty when nothing in it can be written in letters or digits. */
    public static Optional<String> slugOf(String headline) {
        return HeadlineSlug.of(headline);
    }

    /** The file of the brief of that day and slug in {@code briefs}. */
    public static Path file(Path briefs, LocalDate day, String slug) {
        return briefs.resolve(day + "-" + slug + ".md");
    }

    /** {@code ---}, the front matter's YAML, {@code ---}: written by snakeyaml, so any value is quoted correctly. */
    public static String frontMatter(Map<String, Object> fields) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setWidth(Integer.MAX_VALUE);
        options.setLineBreak(DumperOptions.LineBreak.UNIX);
        // A control character is written as an escape ("\a"), which check then reports at its line,
        // not as a !!binary value, which no brief may hold and which hides the text in base64.
        options.setNonPrintableStyle(DumperOptions.NonPrintableStyle.ESCAPE);
        return "---\n" + new Yaml(options).dump(fields) + "---\n";
    }

    /**
     * Writes a new file whole: the text goes to a temporary file beside it, which is then linked
     * in under its name. A link, unlike a rename, fails when the name is taken, so an existing brief
     * is never replaced, and no reader ever sees part of the text.
     *
     * @throws BriefScaffold.ExistsException when the file exists already; nothing was written
     */
    public static void writeNew(Path file, String text) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        if (Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new BriefScaffold.ExistsException(file);
        }
        Path temporary = Files.createTempFile(folder, ".newsbrief-", ".tmp");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            link(file, temporary);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void link(Path file, Path temporary) throws IOException {
        try {
            Files.createLink(file, temporary);
        } catch (FileAlreadyExistsException e) {
            throw new BriefScaffold.ExistsException(file);
        } catch (UnsupportedOperationException | IOException e) {
            if (Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                throw new BriefScaffold.ExistsException(file);
            }
            // A file system without hard links: a move that does not replace is the next best thing.
            try {
                Files.move(temporary, file);
            } catch (FileAlreadyExistsException taken) {
                throw new BriefScaffold.ExistsException(file);
            }
        }
    }
}
