package newsbrief.feed;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import newsbrief.render.Links;

/**
 * The sitemap (sitemaps.org protocol 0.9) at {@link #PATH}: a {@code <url>} with {@code <loc>} and
 * {@code <lastmod>} per page, in the order given. The caller decides which pages are listed; the
 * 404 page, say, should not be. The protocol allows 50,000 URLs in one file, so a larger site gets
 * {@code sitemap-1.xml}, {@code sitemap-2.xml}, ... of 50,000 each, and {@code sitemap.xml} becomes
 * their index, which is where robots.txt points either way.
 * <pre>
 * for (Sitemap.File file : new Sitemap(links).files(entries)) {
 *     write(file.path(), file.content().get());
 * }
 * </pre>
 */
public final class Sitemap {

    /** Where the sitemap, or the index of sitemaps, goes, relative to the site root. */
    public static final String PATH = Links.SITEMAP;
    /** The protocol's limit of URLs in one sitemap file. */
    public static final int MAX_URLS = 50_000;

    private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /**
     * One file of the sitemap.
     *
     * @param path    where it goes, relative to the site root
     * @param entries the pages it lists, or for the index, every page; its text is made from them alone
     * @param content makes its text
     */
    public record File(String path, List<SitemapEntry> entries, Supplier<String> content) {
        public File {
            Objects.requireNonNull(path, "path");
            entries = List.copyOf(entries);
            Objects.requireNonNull(content, "content");
        }
    }

    private final Links links;
    private final int maxUrls;

    public Sitemap(Links links) {
        this(links, MAX_URLS);
    }

    /** @param maxUrls the most URLs in one file; only tests set another than {@link #MAX_URLS} */
    Sitemap(Links links, int maxUrls) {
        this.links = links;
        this.maxUrls = maxUrls;
    }

    /** {@link #PATH} alone for up to {@code maxUrls} pages; else the index and its numbered parts. */
    public List<File> files(List<SitemapEntry> entries) {
        if (entries.size() <= maxUrls) {
            return List.of(new File(PATH, entries, () -> write(entries)));
        }
        List<File> parts = new ArrayList<>();
        for (int from = 0; from < entries.size(); from += maxUrls) {
            List<SitemapEntry> part = entries.subList(from, Math.min(entries.size(), from + maxUrls));
            parts.add(new File("sitemap-" + (parts.size() + 1) + ".xml", part, () -> write(part)));
        }
        List<File> files = new ArrayList<>();
        files.add(new File(PATH, entries, () -> index(parts)));
        files.addAll(parts);
        return files;
    }

    /** One sitemap of all {@code entries}; {@code lastmod} is a W3C date, {@code 2026-11-26}. */
    public String write(List<SitemapEntry> entries) {
        XmlDocument xml = XmlDocument.withRoot("urlset").defaultNamespace(SITEMAP_NS);
        for (SitemapEntry entry : entries) {
            xml.start("url");
            xml.element("loc", entry.absoluteUrl());
            entry.lastModified().ifPresent(day -> xml.element("lastmod", w3cDate(day)));
            xml.end();
        }
        return xml.finish();
    }

    /** The index: each part with the latest change of its pages. */
    private String index(List<File> parts) {
        XmlDocument xml = XmlDocument.withRoot("sitemapindex").defaultNamespace(SITEMAP_NS);
        for (File part : parts) {
            xml.start("sitemap");
            xml.element("loc", links.absolute(links.home() + part.path()));
            lastModified(part.entries()).ifPresent(day -> xml.element("lastmod", w3cDate(day)));
            xml.end();
        }
        return xml.finish();
    }

    private static Optional<LocalDate> lastModified(List<SitemapEntry> entries) {
        return entries.stream().flatMap(entry -> entry.lastModified().stream()).max(Comparator.naturalOrder());
    }

    private static String w3cDate(LocalDate day) {
        return DateTimeFormatter.ISO_LOCAL_DATE.format(day);
    }
}
