package newsbrief.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import newsbrief.BuildRequest;
import newsbrief.BuildResult;
import newsbrief.SiteBuild;
import newsbrief.testing.SiteFiles;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** site.yaml's {@code labels:} reach every output that shows the label: pages and feeds alike. */
class LabelsOverrideTest {

    private static final Path BASIC = Path.of("src/test/resources/sites/basic/content");

    @TempDir
    Path temp;

    @Test
    void aLabelGivenInSiteYamlIsShownWhereverItsWordsStand() throws IOException {
        Path content = temp.resolve("content");
        SiteFiles.copyTree(BASIC, content);
        Files.writeString(content.resolve("site.yaml"), """
                labels:
                  sources: "Further reading"
                  readingTime: "{minutes, plural, one {A minute} other {# minutes}} to read ({words} words)"
                  tagHeading: "Everything on {tag}, newest first"
                """, StandardOpenOption.APPEND);
        Path out = temp.resolve("out");

        BuildResult result = new SiteBuild(Path.of("")).run(BuildRequest.build(content, out));

        assertEquals(BuildResult.Outcome.OK, result.outcome(), () -> result.diagnostics().sorted().toString());
        Document brief = SiteFiles.html(out.resolve("briefs/river-levels/index.html"));
        assertEquals("Further reading", brief.selectFirst("#sources-heading").text());
        assertEquals("A minute to read (66 words)", brief.selectFirst(".meta__reading").text());
        assertEquals("Related briefs", brief.selectFirst("#related-heading").text(), "the others stay English");
        Document tag = SiteFiles.html(out.resolve("tags/climate/index.html"));
        assertEquals("Everything on #climate, newest first", tag.selectFirst("h1").text());
        assertEquals("#climate", tag.selectFirst("h1 .tag-name").text(), "the tag keeps its markup");
        assertTrue(SiteFiles.read(out.resolve("feed.xml")).contains("&lt;h2&gt;Further reading&lt;/h2&gt;"));
    }
}
