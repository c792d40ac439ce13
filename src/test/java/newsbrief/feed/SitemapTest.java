package newsbrief.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import newsbrief.model.Site;
import newsbrief.render.Links;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The sitemap, read back with the JDK's DOM parser. */
class SitemapTest {

    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final Site SITE = TestSites.site(20);
    private static final Links LINKS = TestSites.links(SITE);

    static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + xml, e);
        }
    }

    @Test
    void listsEachPageWithItsLocationAndLastChangeInTheOrderGiven() {
        String xml = new Sitemap().write(List.of(
                SitemapEntry.of(LINKS, "index.html", LocalDate.of(2026, 12, 1)),
                SitemapEntry.of(LINKS, "briefs/cloud-deal/index.html", LocalDate.of(2026, 11, 26)),
                new SitemapEntry("https://example.github.io/newsletter/search?q=a&b", LocalDate.of(2026, 1, 2))));
        Document sitemap = parse(xml);

        assertEquals(NS, sitemap.getDocumentElement().getNamespaceURI());
        assertEquals("urlset", sitemap.getDocumentElement().getLocalName());
        assertEquals(List.of("https://example.github.io/newsletter/",
                "https://example.github.io/newsletter/briefs/cloud-deal/",
                "https://example.github.io/newsletter/search?q=a&b"), texts(sitemap, "loc"));
        assertEquals(List.of("2026-12-01", "2026-11-26", "2026-01-02"), texts(sitemap, "lastmod"));
        assertEquals(3, sitemap.getElementsByTagNameNS(NS, "url").getLength());
    }

    @Test
    void linksPagesAsTheSiteDoes() {
        LocalDate day = LocalDate.of(2026, 11, 26);

        assertEquals("https://example.github.io/newsletter/", SitemapEntry.of(LINKS, "index.html", day).absoluteUrl());
        assertEquals("https://example.github.io/newsletter/tags/ai/",
                SitemapEntry.of(LINKS, "tags/ai/index.html", day).absoluteUrl());
        assertEquals("https://example.github.io/newsletter/about.html",
                SitemapEntry.of(LINKS, "about.html", day).absoluteUrl());
        assertEquals("https://example.github.io/newsletter/notindex.html",
                SitemapEntry.of(LINKS, "notindex.html", day).absoluteUrl());
    }

    @Test
    void refusesARelativeUrl() {
        assertThrows(IllegalArgumentException.class,
                () -> new SitemapEntry("/newsletter/briefs/cloud-deal/", LocalDate.of(2026, 11, 26)));
    }

    @Test
    void anEmptySitemapIsStillADocument() {
        Document sitemap = parse(new Sitemap().write(List.of()));

        assertEquals(0, sitemap.getElementsByTagNameNS(NS, "url").getLength());
    }

    private static List<String> texts(Document document, String name) {
        NodeList nodes = document.getElementsByTagNameNS(NS, name);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(((Element) nodes.item(i)).getTextContent());
        }
        return texts;
    }
}
