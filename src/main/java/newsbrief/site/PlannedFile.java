package newsbrief.site;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import newsbrief.model.ContentKey;

/**
 * One file of the site as an output plans it: where it goes, what it is made from, and how to
 * make it.
 *
 * @param outputPath where it goes, relative to the output folder, with {@code /}: {@code briefs/x/index.html}
 * @param key        what it is made from ({@link ContentKey}); asked for only by a target that keeps
 *                   files between runs, so a one-off build spends nothing on keys
 * @param content    makes its bytes; called at most once, possibly on another thread
 * @param listing    for a page search engines should be told of: when what it shows last changed
 */
public record PlannedFile(String outputPath, Supplier<ContentKey> key, FileContent content,
        Optional<Listing> listing) {

    /** Makes a file's bytes. */
    @FunctionalInterface
    public interface FileContent {
        byte[] make() throws IOException;
    }

    /**
     * A page's entry in the sitemap.
     *
     * @param lastModified the newest day of what it shows; empty for a page that shows no brief
     */
    public record Listing(Optional<LocalDate> lastModified) {
        public Listing {
            Objects.requireNonNull(lastModified, "lastModified");
        }
    }

    public PlannedFile {
        Objects.requireNonNull(outputPath, "outputPath");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(listing, "listing");
    }

    /** A file that is no page of the sitemap. */
    public static PlannedFile unlisted(String outputPath, Supplier<ContentKey> key, FileContent content) {
        return new PlannedFile(outputPath, key, content, Optional.empty());
    }
}
