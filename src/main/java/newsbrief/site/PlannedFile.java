package newsbrief.site;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A file of the site that no template renders: a feed, the sitemap, robots.txt.
 *
 * @param outputPath where it goes, relative to the output folder
 * @param content    makes its text; called once, possibly on another thread
 */
public record PlannedFile(String outputPath, Supplier<String> content) {

    public PlannedFile {
        Objects.requireNonNull(outputPath, "outputPath");
        Objects.requireNonNull(content, "content");
    }
}
