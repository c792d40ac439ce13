package newsbrief.site;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A file of the site that no template renders: a feed, the sitemap, robots.txt.
 *
 * @param outputPath where it goes, relative to the output folder
 * @param inputs     everything its text is made from; equal inputs make equal text, so the
 *                   preview makes a file again only when its inputs changed
 * @param content    makes its text; called once, possibly on another thread
 */
public record PlannedFile(String outputPath, Object inputs, Supplier<String> content) {

    public PlannedFile {
        Objects.requireNonNull(outputPath, "outputPath");
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(content, "content");
    }
}
