package newsbrief.feed;

import java.net.URI;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import newsbrief.render.Links;

/**
 * One page in the sitemap.
 *
 * @param absoluteUrl  where the page is, {@code https://user.github.io/news/briefs/cloud-deal/}
 * @param lastModified when its content last changed, such as the newest {@code updated} of the briefs it
 *                     shows; empty for a page that shows no brief yet
 */
public record SitemapEntry(String absoluteUrl, Optional<LocalDate> lastModified) {

    public SitemapEntry {
        Objects.requireNonNull(absoluteUrl, "absoluteUrl");
        Objects.requireNonNull(lastModified, "lastModified");
        if (!URI.create(absoluteUrl).isAbsolute()) {
            throw new IllegalArgumentException("a sitemap lists absolute URLs: " + absoluteUrl);
        }
    }

    /**
     * The entry of a page written to {@code outputPath} below the site root, linked as the site
     * links it: {@code briefs/cloud-deal/index.html} is {@code https://.../news/briefs/cloud-deal/}.
     */
    public SitemapEntry(String absoluteUrl, LocalDate lastModified) {
        this(absoluteUrl, Optional.of(lastModified));
    }

    public static SitemapEntry of(Links links, String outputPath, LocalDate lastModified) {
        return of(links, outputPath, Optional.of(lastModified));
    }

    public static SitemapEntry of(Links links, String outputPath, Optional<LocalDate> lastModified) {
        return new SitemapEntry(links.urlOfFile(outputPath), lastModified);
    }
}
