package newsbrief.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.util.List;
import newsbrief.model.Site;
import newsbrief.render.Links;

/**
 * The site's JSON Feed 1.1 at {@link #PATH}: the same entries as the Atom feed, for readers that
 * prefer JSON. Written indented by two spaces with {@code \n} line breaks on every system.
 * <pre>
 * String json = new JsonFeed(site, links).write();   // for feed.json
 * </pre>
 */
public final class JsonFeed {

    /** Where the feed goes, relative to the site root. */
    public static final String PATH = Links.JSON_FEED;

    private final Site site;
    private final Links links;
    private final FeedEntries entries;
    private final ObjectWriter json;

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
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        this.json = new ObjectMapper().writer(printer);
    }

    /** The feed of the newest {@code feedCount} briefs. */
    public String write() {
        FeedChannel channel = FeedChannel.ofSite(site, links, PATH, entries);
        List<JsonFeedDocument.Author> authors = List.of(new JsonFeedDocument.Author(site.config().author()));
        JsonFeedDocument document = new JsonFeedDocument(JsonFeedDocument.VERSION, channel.title(),
                channel.pageUrl(), channel.feedUrl(), channel.description(), channel.logo(), channel.icon(),
                site.config().language(), authors,
                channel.entries().stream().map(JsonFeed::item).toList());
        try {
            return json.writeValueAsString(document) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the JSON feed: " + e.getMessage(), e);
        }
    }

    private static JsonFeedDocument.Item item(FeedEntry entry) {
        return new JsonFeedDocument.Item(entry.url(), entry.url(), entry.title(), entry.contentHtml(), entry.summary(),
                entry.published().rfc3339(), entry.updated().rfc3339(),
                List.of(new JsonFeedDocument.Author(entry.author())), entry.tags());
    }
}
