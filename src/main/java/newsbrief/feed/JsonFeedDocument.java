package newsbrief.feed;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A JSON Feed 1.1 document (https://www.jsonfeed.org/version/1.1/) as Jackson writes it: fields
 * in the order declared, optional ones left out when empty.
 */
@JsonPropertyOrder({"version", "title", "home_page_url", "feed_url", "description", "icon", "favicon", "language",
    "authors", "items"})
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record JsonFeedDocument(
        String version,
        String title,
        @JsonProperty("home_page_url") String homePageUrl,
        @JsonProperty("feed_url") String feedUrl,
        String description,
        String icon,
        String favicon,
        String language,
        List<Author> authors,
        // A feed without entries still has "items": [], which the format requires.
        @JsonInclude(JsonInclude.Include.ALWAYS) List<Item> items) {

    static final String VERSION = "https://jsonfeed.org/version/1.1";

    /** An author; JSON Feed 1.1 has a list of them where 1.0 had one. */
    record Author(String name) {
    }

    /** One brief. */
    @JsonPropertyOrder({"id", "url", "title", "content_html", "summary", "date_published", "date_modified",
            "authors", "tags"})
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Item(
            String id,
            String url,
            String title,
            @JsonProperty("content_html") String contentHtml,
            String summary,
            @JsonProperty("date_published") String datePublished,
            @JsonProperty("date_modified") String dateModified,
            List<Author> authors,
            List<String> tags) {
    }
}
