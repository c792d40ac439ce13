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
        String xml = new Sitemap(LINKS).write(List.of(
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
        Document sitemap = parse(new Sitemap(LINKS).write(List.of()));

        assertEquals(0, sitemap.getElementsByTagNameNS(NS, "url").getLength());
    }

    private static List<Sitemap.File<SitemapEntry>> files(Sitemap sitemap, List<SitemapEntry> pages) {
        return sitemap.files(pages, page -> page, SitemapEntry::lastModified);
    }

    /** {@code count} brief pages, the i-th last changed on day i of 2026. */
    private static List<SitemapEntry> pages(int count) {
        List<SitemapEntry> pages = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            pages.add(SitemapEntry.of(LINKS, "briefs/b" + i + "/index.html", LocalDate.ofYearDay(2026, 1 + i % 365)));
        }
        return pages;
    }

    @Test
    void aSiteOfFiftyThousandPagesHasOneSitemap() {
        List<Sitemap.File<SitemapEntry>> files = files(new Sitemap(LINKS), pages(Sitemap.MAX_URLS));

        assertEquals(List.of("sitemap.xml"), files.stream().map(Sitemap.File::path).toList());
        Document sitemap = parse(files.get(0).content().get());
        assertEquals("urlset", sitemap.getDocumentElement().getLocalName());
        assertEquals(50_000, sitemap.getElementsByTagNameNS(NS, "url").getLength());
    }

    @Test
    void aLargerSiteGetsAnIndexOfSitemapsOfFiftyThousandPagesEach() {
        List<Sitemap.File<SitemapEntry>> files = files(new Sitemap(LINKS), pages(Sitemap.MAX_URLS + 1));

        assertEquals(List.of("sitemap.xml", "sitemap-1.xml", "sitemap-2.xml"),
                files.stream().map(Sitemap.File::path).toList());
        Document index = parse(files.get(0).content().get());
        assertEquals("sitemapindex", index.getDocumentElement().getLocalName());
        assertEquals(NS, index.getDocumentElement().getNamespaceURI());
        assertEquals(List.of("https://example.github.io/newsletter/sitemap-1.xml",
                "https://example.github.io/newsletter/sitemap-2.xml"), texts(index, "loc"));
        assertEquals(50_000, parse(files.get(1).content().get()).getElementsByTagNameNS(NS, "url").getLength());
        assertEquals(List.of("https://example.github.io/newsletter/briefs/b50001/"),
                texts(parse(files.get(2).content().get()), "loc"));
    }

    @Test
    void eachPartOfTheIndexIsAsNewAsItsNewestPage() {
        List<SitemapEntry> pages = List.of(
                SitemapEntry.of(LINKS, "index.html", LocalDate.of(2026, 12, 1)),
                SitemapEntry.of(LINKS, "briefs/a/index.html", LocalDate.of(2026, 3, 1)),
                SitemapEntry.of(LINKS, "briefs/b/index.html", LocalDate.of(2026, 5, 1)),
                SitemapEntry.of(LINKS, "briefs/c/index.html", LocalDate.of(2026, 4, 1)),
                SitemapEntry.of(LINKS, "tags/index.html", java.util.Optional.empty()));

        List<Sitemap.File<SitemapEntry>> files = files(new Sitemap(LINKS, 2), pages);

        assertEquals(List.of("sitemap.xml", "sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml"),
                files.stream().map(Sitemap.File::path).toList());
        Document index = parse(files.get(0).content().get());
        assertEquals(List.of("2026-12-01", "2026-05-01"), texts(index, "lastmod"), "a part of undated pages has none");
        assertEquals(3, index.getElementsByTagNameNS(NS, "sitemap").getLength());
        assertEquals(List.of("https://example.github.io/newsletter/tags/"), texts(parse(files.get(3).content().get()), "loc"));
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
