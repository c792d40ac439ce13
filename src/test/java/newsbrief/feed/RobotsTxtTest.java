package newsbrief.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The robots.txt, compared whole. */
class RobotsTxtTest {

    @Test
    void letsEveryCrawlerInAndNamesTheAbsoluteSitemap() {
        String robots = new RobotsTxt(TestSites.links(TestSites.site(20))).write();

        assertEquals("User-agent: *\nAllow: /\nSitemap: https://example.github.io/newsletter/sitemap.xml\n", robots);
    }
}
