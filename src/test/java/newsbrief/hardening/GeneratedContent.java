package newsbrief.hardening;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A generated content folder, as text: {@code site.yaml}, maybe {@code schema.yaml}, and briefs.
 * Text is written as UTF-8, a lone surrogate as {@code ?}, as any editor would save it.
 *
 * @param siteYaml the site settings
 * @param schema   the schema, if the folder has one
 * @param briefs   the files of {@code briefs/}
 */
record GeneratedContent(String siteYaml, Optional<String> schema, List<Brief> briefs) {

    /** One file of {@code briefs/}. */
    record Brief(String name, String text) {
    }

    GeneratedContent {
        briefs = List.copyOf(briefs);
    }

    /** Writes the folder; returns how many bytes it holds. */
    long write(Path content) throws IOException {
        Files.createDirectories(content.resolve("briefs"));
        long bytes = write(content.resolve("site.yaml"), siteYaml);
        if (schema.isPresent()) {
            bytes += write(content.resolve("schema.yaml"), schema.get());
        }
        for (Brief brief : briefs) {
            // Two generated briefs may share a name; the second then replaces the first, as a save would.
            bytes += write(content.resolve("briefs").resolve(brief.name()), brief.text());
        }
        return bytes;
    }

    private static long write(Path file, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Files.write(file, bytes);
        return bytes.length;
    }
}
