package newsbrief.feed;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import newsbrief.render.Links;

/**
 * The sitemap (sitemaps.org protocol 0.9) at {@link #PATH}: a {@code <url>} with {@code <loc>} and
 * {@code <lastmod>} per page, in the order given. The caller decides which pages are listed; the
 * 404 page, say, should not be. The protocol allows 50,000 URLs in one file, so a larger site gets
 * {@code sitemap-1.xml}, {@code sitemap-2.xml}, ... of 50,000 each, and {@code sitemap.xml} becomes
 * their index, which is where robots.txt points either way.
 * <pre>
 * for (Sitemap.File&lt;SitemapEntry&gt; file : new Sitemap(links).files(entries, e -&gt; e, SitemapEntry::lastModified)) {
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
     * @param pages   the pages it lists, or for the index, every page; its text is made from them alone
     * @param content makes its text
     * @param <T>     how the caller knows a page
     */
    public record File<T>(String path, List<T> pages, Supplier<String> content) {
        public File {
            Objects.requireNonNull(path, "path");
            pages = List.copyOf(pages);
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

    /**
     * {@link #PATH} alone for up to {@code maxUrls} pages; else the index and its numbered parts.
     * A page's entry is made only when a file's text is, so planning a large site stays cheap.
     *
     * @param entry        a page's entry
     * @param lastModified when a page last changed, for the index
     */
    public <T> List<File<T>> files(List<T> pages, Function<T, SitemapEntry> entry,
            Function<T, Optional<LocalDate>> lastModified) {
        if (pages.size() <= maxUrls) {
            return List.of(new File<>(PATH, pages, () -> write(pages.stream().map(entry).toList())));
        }
        List<File<T>> parts = new ArrayList<>();
        for (int from = 0; from < pages.size(); from += maxUrls) {
            List<T> part = pages.subList(from, Math.min(pages.size(), from + maxUrls));
            parts.add(new File<>("sitemap-" + (parts.size() + 1) + ".xml", part,
                    () -> write(part.stream().map(entry).toList())));
        }
        List<File<T>> files = new ArrayList<>();
        files.add(new File<>(PATH, pages, () -> index(parts, lastModified)));
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
    private <T> String index(List<File<T>> parts, Function<T, Optional<LocalDate>> lastModified) {
        XmlDocument xml = XmlDocument.withRoot("sitemapindex").defaultNamespace(SITEMAP_NS);
        for (File<T> part : parts) {
            xml.start("sitemap");
            xml.element("loc", links.absolute(links.home() + part.path()));
            part.pages().stream().flatMap(page -> lastModified.apply(page).stream()).max(Comparator.naturalOrder())
                    .ifPresent(day -> xml.element("lastmod", w3cDate(day)));
            xml.end();
        }
        return xml.finish();
    }

    private static String w3cDate(LocalDate day) {
        return DateTimeFormatter.ISO_LOCAL_DATE.format(day);
    }
}
