package newsbrief.feed;

import static newsbrief.feed.TestSites.BASE_URL;
import static newsbrief.feed.TestSites.brief;
import static newsbrief.feed.TestSites.site;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import newsbrief.model.Site;
import org.junit.jupiter.api.Test;

/** The JSON Feed 1.1, read back with Jackson's tree model. */
class JsonFeedTest {

    private static final Site THREE_BRIEFS = site(20,
            brief("oldest", "2026-10-05").build(),
            brief("newest", "2026-11-26").tags("ai", "cloud").author("Ada Reporter")
                    .description("Clouds part.").build(),
            brief("middle", "2026-11-20T09:30:00+01:00").tags("ai").updated("2026-12-01T08:00:00Z").build());

    static JsonNode read(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + e.getMessage() + "\n" + json, e);
        }
    }

    private static String json(Site site) {
        return new JsonFeed(site, TestSites.links(site)).write();
    }

    @Test
    void hasTheTopLevelFieldsOfJsonFeed11() {
        JsonNode feed = read(json(THREE_BRIEFS));

        assertEquals("https://jsonfeed.org/version/1.1", feed.path("version").asText());
        assertEquals("Test Brief", feed.path("title").asText());
        assertEquals(BASE_URL, feed.path("home_page_url").asText());
        assertEquals(BASE_URL + "feed.json", feed.path("feed_url").asText());
        assertEquals("A small site for tests", feed.path("description").asText());
        assertEquals("en", feed.path("language").asText());
        assertEquals("Test Desk", feed.path("authors").path(0).path("name").asText());
        assertTrue(feed.path("items").isArray());
    }

    @Test
    void listsEveryBriefNewestFirstWithAbsoluteUrlsAsIds() {
        JsonNode items = read(json(THREE_BRIEFS)).path("items");

        assertEquals(List.of("Title of newest", "Title of middle", "Title of oldest"), texts(items, "title"));
        List<String> urls = List.of(BASE_URL + "briefs/newest/", BASE_URL + "briefs/middle/",
                BASE_URL + "briefs/oldest/");
        assertEquals(urls, texts(items, "id"));
        assertEquals(urls, texts(items, "url"));
    }

    @Test
    void givesEachItemItsContentSummaryDatesAuthorsAndTags() {
        JsonNode items = read(json(THREE_BRIEFS)).path("items");
        JsonNode newest = items.path(0);
        JsonNode middle = items.path(1);

        assertEquals(TestSites.contentHtml("The Signal"), newest.path("content_html").asText());
        assertEquals("Clouds part.", newest.path("summary").asText());
        assertEquals("2026-11-26T00:00:00Z", newest.path("date_published").asText());
        assertEquals("2026-11-26T00:00:00Z", newest.path("date_modified").asText());
        assertEquals("2026-11-20T09:30:00+01:00", middle.path("date_published").asText());
        assertEquals("2026-12-01T08:00:00Z", middle.path("date_modified").asText());
        assertEquals("Ada Reporter", newest.path("authors").path(0).path("name").asText());
        assertEquals("Test Desk", middle.path("authors").path(0).path("name").asText());
        assertEquals(List.of("ai", "cloud"), texts(newest.path("tags")));
    }

    @Test
    void leavesOutEmptyOptionalFields() {
        Site site = new Site(TestSites.configWithoutDescription(), THREE_BRIEFS.briefs());
        JsonNode feed = read(json(site));

        assertFalse(feed.has("description"));
        assertFalse(feed.path("items").path(2).has("tags"), "a brief without tags");
    }

    @Test
    void carriesAtMostFeedCountBriefsAndAlwaysAnItemsList() {
        Site two = new Site(TestSites.config(2), THREE_BRIEFS.briefs());

        assertEquals(2, read(json(two)).path("items").size());
        assertTrue(read(json(site(20))).path("items").isArray(), "items is required even when empty");
    }

    @Test
    void writesTwoSpaceIndentAndUnixLineBreaks() {
        String json = json(THREE_BRIEFS);

        assertTrue(json.startsWith("{\n  \"version\": \"https://jsonfeed.org/version/1.1\",\n  \"title\""), json);
        assertFalse(json.contains("\r"));
        assertTrue(json.endsWith("}\n"));
    }

    private static List<String> texts(JsonNode items, String field) {
        List<String> values = new ArrayList<>();
        items.forEach(item -> values.add(item.path(field).asText()));
        return values;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(item -> values.add(item.asText()));
        return values;
    }
}
