package newsbrief.model;

import java.net.URI;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * The newsletter's settings from {@code content/site.yaml}.
 *
 * @param title       the newsletter's name
 * @param description one line about it
 * @param baseUrl     where it is published, ending in {@code /}, e.g. {@code https://user.github.io/news/}
 * @param language    BCP 47 language tag for {@code <html lang>}, e.g. {@code en}
 * @param author      the default author of briefs that name none
 * @param pageSize    how many briefs each page of the home page shows
 * @param feedCount   how many briefs each feed carries
 * @param domain      a custom domain for GitHub Pages, written to {@code CNAME}
 * @param rawHtml     what happens to raw HTML in briefs
 * @param maxFileBytes larger brief files are refused
 * @param email       the email edition's sender and unsubscribe link
 * @param subscribe   where the site's sign-up form posts, when it has one
 * @param image       the card image of pages without their own: a path in the site or an absolute URL
 * @param favicon     the site's icon, a path in the site; empty for newsbrief's own
 * @param timeZone    the zone of date-times that briefs write without offset; without one, such dates are errors
 * @param labels      the interface words, in the site's language
 */
public record SiteConfig(String title, String description, URI baseUrl, String language, String author, int pageSize,
        int feedCount, Optional<String> domain, RawHtml rawHtml, long maxFileBytes, EmailSettings email,
        Optional<URI> subscribe, Optional<String> image, Optional<String> favicon, Optional<ZoneId> timeZone,
        Labels labels) {

    public SiteConfig {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(author, "author");
        if (!baseUrl.getPath().endsWith("/")) {
            throw new IllegalArgumentException("base URL must end with '/': " + baseUrl);
        }
        if (pageSize < 1 || feedCount < 1) {
            throw new IllegalArgumentException("pages and feeds show at least one brief");
        }
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(rawHtml, "rawHtml");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(subscribe, "subscribe");
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(favicon, "favicon");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(labels, "labels");
    }

    /** Settings with the defaults of a {@code site.yaml} that gives only a title and a base URL. */
    public static Builder builder(String title, URI baseUrl) {
        return new Builder(title, baseUrl);
    }

    /** Builds settings; every option starts at its {@code site.yaml} default. */
    public static final class Builder {
        private final String title;
        private final URI baseUrl;
        private String description = "";
        private String language = "en";
        private String author;
        private int pageSize = 10;
        private int feedCount = 20;
        private Optional<String> domain = Optional.empty();
        private RawHtml rawHtml = RawHtml.SANITIZE;
        private long maxFileBytes = 1024 * 1024;
        private EmailSettings email = EmailSettings.NONE;
        private Optional<URI> subscribe = Optional.empty();
        private Optional<String> image = Optional.empty();
        private Optional<String> favicon = Optional.empty();
        private Optional<ZoneId> timeZone = Optional.empty();
        private Labels labels = Labels.ENGLISH;

        private Builder(String title, URI baseUrl) {
            this.title = title;
            this.baseUrl = baseUrl;
            this.author = title;
        }

        public Builder description(String value) {
            description = value;
            return this;
        }

        public Builder language(String value) {
            language = value;
            return this;
        }

        public Builder author(String value) {
            author = value;
            return this;
        }

        public Builder pageSize(int value) {
            pageSize = value;
            return this;
        }

        public Builder feedCount(int value) {
            feedCount = value;
            return this;
        }

        public Builder domain(String value) {
            domain = Optional.of(value);
            return this;
        }

        public Builder rawHtml(RawHtml value) {
            rawHtml = value;
            return this;
        }

        public Builder maxFileBytes(long value) {
            maxFileBytes = value;
            return this;
        }

        public Builder email(EmailSettings value) {
            email = value;
            return this;
        }

        public Builder subscribe(URI value) {
            subscribe = Optional.of(value);
            return this;
        }

        public Builder image(String value) {
            image = Optional.of(value);
            return this;
        }

        public Builder favicon(String value) {
            favicon = Optional.of(value);
            return this;
        }

        public Builder timeZone(ZoneId value) {
            timeZone = Optional.of(value);
            return this;
        }

        public Builder labels(Labels value) {
            labels = value;
            return this;
        }

        public SiteConfig build() {
            return new SiteConfig(title, description, baseUrl, language, author, pageSize, feedCount, domain, rawHtml,
                    maxFileBytes, email, subscribe, image, favicon, timeZone, labels);
        }
    }

    /** The same settings published at another address. */
    public SiteConfig withBaseUrl(URI newBaseUrl) {
        return new SiteConfig(title, description, newBaseUrl, language, author, pageSize, feedCount, domain, rawHtml,
                maxFileBytes, email, subscribe, image, favicon, timeZone, labels);
    }

    /** The path part of the base URL, e.g. {@code /news/}; every internal link starts with it. */
    public String basePath() {
        return baseUrl.getRawPath();
    }
}
