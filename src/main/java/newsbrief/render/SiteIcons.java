package newsbrief.render;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import newsbrief.model.SiteConfig;

/**
 * The site's pictures of itself: the icon browsers show in a tab ({@code site.yaml}'s
 * {@code favicon}, else newsbrief's {@link #DEFAULT_FAVICON}), and the larger logo feed readers
 * show beside the feed's name (its {@code image}, else the icon; newsbrief's own as a PNG, since
 * RSS takes no SVG).
 */
public final class SiteIcons {

    /** newsbrief's icon, in {@code templates/assets/}: the site's, unless {@code site.yaml} names another. */
    public static final String DEFAULT_FAVICON = "favicon.svg";
    /** The same icon as a 512-pixel PNG, for feed readers. */
    public static final String DEFAULT_LOGO = "icon.png";

    private static final Map<String, String> IMAGE_TYPES = Map.of("svg", "image/svg+xml", "png", "image/png",
            "ico", "image/x-icon", "gif", "image/gif", "jpg", "image/jpeg", "jpeg", "image/jpeg", "webp", "image/webp");

    private final SiteConfig site;
    private final Links links;

    public SiteIcons(SiteConfig site, Links links) {
        this.site = site;
        this.links = links;
    }

    /** The icon's path from the host's root, under the base path: {@code /news/assets/favicon.svg}. */
    public String favicon() {
        return site.favicon().map(path -> links.home() + path.replaceFirst("^/+", ""))
                .orElseGet(() -> links.asset(DEFAULT_FAVICON));
    }

    /** The icon's media type, for {@code <link rel="icon" type>}; empty for an extension not known. */
    public Optional<String> faviconType() {
        String path = favicon();
        String extension = path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return Optional.ofNullable(IMAGE_TYPES.get(extension));
    }

    /** The logo as an absolute URL, for feeds: the site's card image, else its icon. */
    public String logo() {
        return site.image().map(links::image).orElseGet(() -> links.absolute(site.favicon().isPresent()
                ? favicon() : links.asset(DEFAULT_LOGO)));
    }

    /** The icon as an absolute URL, for feeds. */
    public String faviconUrl() {
        return links.absolute(favicon());
    }
}
