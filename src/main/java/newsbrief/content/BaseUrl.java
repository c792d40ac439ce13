package newsbrief.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a site is published: an absolute http(s) URL without query, fragment, or user name and
 * password, given a final {@code /} so that pages resolve below it. The address is written into
 * every page, feed and sitemap, so credentials in it would be published with the site.
 */
public final class BaseUrl {

    /**
     * The address, or why it cannot be one.
     *
     * @param url     the address, when valid
     * @param problem what is wrong, to follow the value in a message ("is not an absolute http(s) URL")
     */
    public record Parsed(Optional<URI> url, String problem) {
    }

    private BaseUrl() {
    }

    public static Parsed parse(String text) {
        try {
            URI uri = new URI(text.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (uri.getRawUserInfo() != null) {
                return refused("holds a user name or password before \"@\"; the address is published on every page");
            }
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && uri.getQuery() == null && uri.getFragment() == null) {
                String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
                return new Parsed(Optional.of(new URI(scheme + "://" + uri.getRawAuthority()
                        + (path.endsWith("/") ? path : path + "/"))), "");
            }
        } catch (URISyntaxException e) {
            // not a URL: said below, as for any other address that cannot be used
        }
        return refused("is not an absolute http(s) URL");
    }

    /**
     * The value as it may be quoted in a message: without what stands before "@", so that a
     * password is never printed into a build log.
     */
    public static String quotable(String text) {
        int at = text.indexOf('@');
        int scheme = text.indexOf("://");
        return at > 0 && scheme >= 0 && scheme < at ? text.substring(0, scheme + 3) + "…" + text.substring(at) : text;
    }

    private static Parsed refused(String problem) {
        return new Parsed(Optional.empty(), problem);
    }
}
