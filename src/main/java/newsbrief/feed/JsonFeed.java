package newsbrief.feed;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import newsbrief.model.Site;
import newsbrief.render.JsonText;
import newsbrief.render.Links;

/**
 * The site's JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/) at {@link #PATH}: the same
 * entries as the Atom feed, for readers that prefer JSON. Written by Jackson's generator, indented
 * by two spaces with {@code \n} line breaks on every system; optional fields are left out when
 * they have no value.
 * <pre>
 * String json = new JsonFeed(site, links).write();   // for feed.json
 * </pre>
 */
public final class JsonFeed {

    /** Where the feed goes, relative to the site root. */
    public static final String PATH = Links.JSON_FEED;

    static final String VERSION = "https://jsonfeed.org/version/1.1";
    private static final JsonFactory FACTORY = new JsonFactory();

    private final Site site;
    private final Links links;
    private final FeedEntries entries;
    private final DefaultPrettyPrinter printer;

    public JsonFeed(Site site, Links links) {
        this(site, links, new FeedEntries(site, links));
    }

    /** @param entries the entries of the site's briefs, shared with its other feeds */
    public JsonFeed(Site site, Links links, FeedEntries entries) {
        this.site = site;
        this.links = links;
        this.entries = entries;
        // Jackson's default pretty printer ends lines with the system's separator and writes "key" : value.
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        this.printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }

    /** The feed of the newest {@code feedCount} briefs. */
    public String write() {
        FeedChannel channel = FeedChannel.ofSite(site, links, PATH, entries);
        // The printer keeps state while it writes: each document gets its own copy.
        return JsonText.write(FACTORY, printer.createInstance(), json -> {
            json.writeStartObject();
            JsonText.string(json, "version", VERSION);
            JsonText.string(json, "title", channel.title());
            JsonText.string(json, "home_page_url", channel.pageUrl());
            JsonText.string(json, "feed_url", channel.feedUrl());
            JsonText.string(json, "description", channel.description());
            JsonText.string(json, "icon", channel.logo());
            JsonText.string(json, "favicon", channel.icon());
            JsonText.string(json, "language", site.config().language());
            authors(json, site.config().author());
            // A feed without entries still has "items": [], which the format requires.
            json.writeArrayFieldStart("items");
            for (FeedEntry entry : channel.entries()) {
                item(json, entry);
            }
            json.writeEndArray();
            json.writeEndObject();
        }) + "\n";
    }

    private static void item(JsonGenerator json, FeedEntry entry) throws IOException {
        json.writeStartObject();
        JsonText.string(json, "id", entry.url());
        JsonText.string(json, "url", entry.url());
        JsonText.string(json, "title", entry.title());
        JsonText.string(json, "content_html", entry.contentHtml());
        JsonText.string(json, "summary", entry.summary());
        JsonText.string(json, "date_published", entry.published().rfc3339());
        JsonText.string(json, "date_modified", entry.updated().rfc3339());
        authors(json, entry.author());
        JsonText.strings(json, "tags", entry.tags());
        json.writeEndObject();
    }

    /** JSON Feed 1.1 has a list of authors where 1.0 had one. */
    private static void authors(JsonGenerator json, String name) throws IOException {
        json.writeArrayFieldStart("authors");
        json.writeStartObject();
        json.writeStringField("name", name);
        json.writeEndObject();
        json.writeEndArray();
    }
}
