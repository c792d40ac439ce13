package newsbrief.content;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import newsbrief.diag.Diagnostic;
import newsbrief.diag.Diagnostics;
import newsbrief.diag.FileDiagnostics;
import newsbrief.diag.NearestName;
import newsbrief.diag.Rule;
import newsbrief.diag.Severity;
import newsbrief.diag.SourcePosition;
import newsbrief.model.EmailSettings;
import newsbrief.model.Labels;
import newsbrief.model.RawHtml;
import newsbrief.model.SiteConfig;

/**
 * Reads {@code content/site.yaml}:
 * <pre>
 * title: "The Weekly Brief"
 * description: "Three-part briefs on technology, markets, policy and science"
 * baseUrl: https://example.github.io/newsletter/
 * language: en
 * author: Newsroom
 * pageSize: 10
 * feedCount: 20
 * domain: news.example.com
 * rawHtml: sanitize      # or escape, or allow
 * maxFileBytes: 1048576
 * image: images/card.png   # card image of pages without their own
 * favicon: images/icon.png # else newsbrief's own
 * timezone: Europe/Berlin  # of date-times written without offset
 * email: {from: "Desk &lt;desk@example.com&gt;", replyTo: ..., unsubscribe: ...}
 * subscribe: {buttondown: USER}   # or {action: URL}
 * labels: {sources: "Belege"}     # interface words over the language's own
 * </pre>
 * ({@link EmailSettingsReader} reads email and subscribe, {@link LabelsReader} labels.)
 */
public final class SiteConfigReader {

    static final int DEFAULT_PAGE_SIZE = 10;
    static final int DEFAULT_FEED_COUNT = 20;
    private static final Set<String> KEYS = Set.of("title", "description", "baseUrl", "language", "author", "pageSize",
            "feedCount", "domain", "rawHtml", "maxFileBytes", "email", "subscribe",
            "image", "favicon", "timezone", "labels");

    private static final Pattern HOST_NAME =
            Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+");
    /** Path segments of letters, digits, "-", "_" and "."; a leading "/" means the same as none. */
    private static final Pattern SITE_PATH = Pattern.compile("/?[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*");

    private final ContentScanner scanner;
    private final YamlReader yamlReader = new YamlReader();

    public SiteConfigReader(ContentScanner scanner) {
        this.scanner = scanner;
    }

    /**
     * The settings, or empty after reporting why they cannot be used.
     *
     * @param file            the site.yaml
     * @param baseUrlOverride a base URL from the command line, which wins over the file's
     */
    public Optional<SiteConfig> read(Path file, Optional<String> baseUrlOverride, Diagnostics diagnostics) {
        return source(file, diagnostics).flatMap(source -> read(source, baseUrlOverride, diagnostics));
    }

    /** The text of the site.yaml, or empty after reporting that it is missing or cannot be read. */
    public Optional<SourceFile> source(Path file, Diagnostics diagnostics) {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            diagnostics.add(Diagnostic.of(scanner.displayPath(file), SourcePosition.START, Rule.CONFIG_MISSING,
                    "site settings file is missing").withHint("create it with at least \"title:\" and \"baseUrl:\""));
            return Optional.empty();
        }
        return scanner.readInside(file, diagnostics);
    }

    /** The settings in a site.yaml already read ({@link #source}), or empty after reporting why not. */
    public Optional<SiteConfig> read(SourceFile source, Optional<String> baseUrlOverride, Diagnostics diagnostics) {
        SourceText text = new SourceText(source.text());
        FileDiagnostics report = new FileDiagnostics(source.displayPath(), text::line, diagnostics);
        Optional<YamlNode> root = yamlReader.read(source.text(), 1, report);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        if (!(root.get() instanceof YamlNode.Mapping mapping)) {
            report.add(SourcePosition.START, Rule.CONFIG_TYPE, "site settings are " + YamlMappingReader.describe(root.get())
                    + "; expected \"key: value\" lines");
            return Optional.empty();
        }
        YamlMappingReader reader = new YamlMappingReader(mapping, report);
        reader.rejectUnknownKeys(KEYS, "site.yaml");
        Optional<String> title = reader.requiredText("title", "site.yaml").filter(t -> {
            if (t.isBlank()) {
                report.add(reader.positionOf("title"), Rule.CONFIG_MISSING, "\"title\" is empty in site.yaml",
                        "give the site its name; it heads every page and feed");
            }
            return !t.isBlank();
        });
        Optional<URI> baseUrl = baseUrlOverride.isPresent()
                ? baseUrl(baseUrlOverride.get(), SourcePosition.START, report, "--base-url")
                : reader.requiredText("baseUrl", "site.yaml")
                        .flatMap(url -> baseUrl(url, reader.positionOf("baseUrl"), report, "baseUrl"));
        String language = language(reader, report);
        Optional<Integer> pageSize = positive(reader, "pageSize", report);
        Optional<Integer> feedCount = positive(reader, "feedCount", report);
        Optional<String> domain = domain(reader, baseUrl, report);
        RawHtml rawHtml = reader.text("rawHtml").flatMap(mode -> rawHtml(mode, reader, report)).orElse(RawHtml.SANITIZE);
        Optional<Integer> maxFileBytes = positive(reader, "maxFileBytes", report);
        Optional<String> favicon = favicon(reader, report);
        Optional<ZoneId> timeZone = timeZone(reader, report);
        EmailSettingsReader emailReader = new EmailSettingsReader(report);
        EmailSettings email = emailReader.email(reader);
        Optional<URI> subscribe = emailReader.subscribe(reader);
        Labels labels = LabelsReader.ofSite(reader, language, reader.positionOf("language"), report);
        // Every value is read, and so every mistake reported, before deciding.
        if (report.hasErrors() || title.isEmpty() || baseUrl.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SiteConfig(title.get(), reader.text("description").orElse(""), baseUrl.get(), language,
                reader.text("author").orElse(title.get()), pageSize.orElse(DEFAULT_PAGE_SIZE),
                feedCount.orElse(DEFAULT_FEED_COUNT), domain, rawHtml,
                maxFileBytes.map(Integer::longValue).orElse(ContentScanner.DEFAULT_MAX_FILE_BYTES), email, subscribe,
                reader.text("image"), favicon, timeZone, labels));
    }

    private static String language(YamlMappingReader reader, FileDiagnostics report) {
        String language = reader.text("language").orElse("en");
        if (!isLanguageTag(language)) {
            report.add(reader.positionOf("language"), Rule.CONFIG_LANGUAGE, "language \"" + language
                    + "\" is not a language tag", "use a tag such as \"en\" or \"en-GB\"");
        }
        return language;
    }

    /** A host name; when it is one, it should also be the host the site is published at. */
    private static Optional<String> domain(YamlMappingReader reader, Optional<URI> baseUrl, FileDiagnostics report) {
        Optional<String> domain = reader.text("domain");
        domain.ifPresent(d -> {
            if (!HOST_NAME.matcher(d).matches()) {
                report.add(reader.positionOf("domain"), Rule.CONFIG_DOMAIN, "domain \"" + d + "\" is not a host name",
                        "write only the host, e.g. news.example.com");
            } else {
                baseUrl.ifPresent(url -> warnOfOtherHost(d, url, reader, report));
            }
        });
        return domain;
    }

    /**
     * A path in the site, such as {@code images/icon.png}: browsers ask for the icon on every page,
     * so it is served with the site, never from elsewhere, and never from above the base path.
     */
    private static Optional<String> favicon(YamlMappingReader reader, FileDiagnostics report) {
        Optional<String> favicon = reader.text("favicon");
        return favicon.filter(path -> {
            if (SITE_PATH.matcher(path).matches() && !path.matches("(.*/)?\\.\\.?(/.*)?")) {
                return true;
            }
            report.add(reader.positionOf("favicon"), Rule.CONFIG_FAVICON, "favicon \"" + path
                    + "\" is not a path in the site", "give the file's path below the site root, e.g. images/icon.png");
            return false;
        });
    }

    /**
     * GitHub Pages serves a site with a custom domain at that domain only, so links made from a
     * base URL on another host (the {@code github.io} address, say) lead readers through a redirect,
     * and canonical URLs and feeds name an address that is not the site's. A build for this
     * machine ({@code serve}, or {@code --base-url http://localhost:8000/}) is a preview, not a
     * publication, and is not warned of.
     */
    private static void warnOfOtherHost(String domain, URI baseUrl, YamlMappingReader reader, FileDiagnostics report) {
        String host = baseUrl.getHost();
        boolean preview = host.equalsIgnoreCase("localhost") || host.startsWith("127.") || host.equals("[::1]");
        if (!preview && !domain.equalsIgnoreCase(host)) {
            // The same rule as a domain that is no host name, but a warning: the site still works.
            report.report(Severity.WARNING, reader.positionOf("domain"), Rule.CONFIG_DOMAIN, "domain \"" + domain
                    + "\" is not the host of the base URL " + baseUrl, Optional.of("publish at https://"
                    + domain.toLowerCase(Locale.ROOT) + baseUrl.getRawPath() + " (baseUrl, or --base-url), or remove domain"));
        }
    }

    /** An IANA zone id, as java.time knows them; a near miss ("Europe/Berln") gets a suggestion. */
    private static Optional<ZoneId> timeZone(YamlMappingReader reader, FileDiagnostics report) {
        return reader.text("timezone").flatMap(id -> {
            try {
                return Optional.of(ZoneId.of(id.strip()));
            } catch (DateTimeException e) {
                // A blank id is near every short one ("GB"): suggest a name only for a written one.
                Optional<String> nearest = id.isBlank() ? Optional.empty()
                        : NearestName.among(id, ZoneId.getAvailableZoneIds());
                report.add(reader.positionOf("timezone"), Rule.CONFIG_TIMEZONE, "timezone \"" + id
                        + "\" is not a time zone", nearest.map(name -> "did you mean \"" + name + "\"?")
                        .orElse("use an IANA time zone id such as \"Europe/Berlin\", \"America/New_York\" or \"UTC\""));
                return Optional.empty();
            }
        });
    }

    private static Optional<RawHtml> rawHtml(String mode, YamlMappingReader reader, FileDiagnostics report) {
        for (RawHtml value : RawHtml.values()) {
            if (value.name().toLowerCase(Locale.ROOT).equals(mode)) {
                return Optional.of(value);
            }
        }
        report.add(reader.positionOf("rawHtml"), Rule.CONFIG_RAW_HTML, "rawHtml is \"" + mode
                + "\"; expected sanitize, escape or allow");
        return Optional.empty();
    }

    private static Optional<Integer> positive(YamlMappingReader reader, String key, FileDiagnostics report) {
        Optional<Integer> value = reader.integer(key);
        value.filter(n -> n < 1).ifPresent(n -> report.add(reader.positionOf(key), Rule.CONFIG_RANGE,
                key + " is " + n + "; expected 1 or more"));
        return value.filter(n -> n >= 1);
    }

    /** The base URL, or empty after reporting why it cannot be one; {@code what} names the setting. */
    static Optional<URI> baseUrl(String text, SourcePosition position, FileDiagnostics report, String what) {
        BaseUrl.Parsed parsed = BaseUrl.parse(text);
        if (parsed.url().isPresent()) {
            return parsed.url();
        }
        String message = what + " \"" + BaseUrl.quotable(text) + "\" " + parsed.problem();
        String hint = "for a GitHub project page: https://USER.github.io/REPO/";
        if (BaseUrl.quotable(text).equals(text)) {
            report.add(position, Rule.CONFIG_BASE_URL, message, hint);
        } else {
            // Its line is not quoted: it holds the very password that is the problem.
            report.addUnquoted(position, Rule.CONFIG_BASE_URL, message, hint);
        }
        return parsed.url();
    }

    /** A well-formed BCP 47 tag with a language, as {@code <html lang>} needs: "en", "en-GB", "zh-Hant-TW". */
    static boolean isLanguageTag(String tag) {
        try {
            return !new Locale.Builder().setLanguageTag(tag).build().getLanguage().isEmpty();
        } catch (IllformedLocaleException e) {
            return false;
        }
    }
}
