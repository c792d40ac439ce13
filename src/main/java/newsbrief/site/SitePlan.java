package newsbrief.site;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import newsbrief.feed.AtomFeed;
import newsbrief.feed.JsonFeed;
import newsbrief.feed.RobotsTxt;
import newsbrief.feed.RssFeed;
import newsbrief.feed.Sitemap;
import newsbrief.feed.SitemapEntry;
import newsbrief.model.Brief;
import newsbrief.model.Site;
import newsbrief.render.DisplayDates;
import newsbrief.render.Links;
import newsbrief.render.PageContext;
import newsbrief.render.Pages;
import newsbrief.render.SiteIcons;

/**
 * Which pages the site has and where each goes:
 * <pre>
 * index.html, page/N/index.html   latest briefs, paginated
 * briefs/SLUG/index.html          one brief
 * archive/index.html              every brief by month
 * tags/index.html                 every tag
 * tags/TAG/index.html             briefs with the tag
 * 404.html                        not found
 * </pre>
 * and the files beside them ({@link #files(List)}):
 * <pre>
 * feed.xml, rss.xml, feed.json    the latest briefs as Atom, RSS and JSON Feed
 * tags/TAG/feed.xml               a tag's briefs as Atom
 * sitemap.xml, robots.txt         for search engines (over 50,000 pages, sitemap.xml is an index
 *                                 of sitemap-1.xml, sitemap-2.xml, ...)
 * .nojekyll, CNAME                for GitHub Pages
 * </pre>
 */
public final class SitePlan {

    /** Files copied as they are from the jar's {@code newsbrief/assets/} to {@code assets/}. */
    public static final List<String> ASSETS = List.of("style.css", SiteIcons.DEFAULT_FAVICON, SiteIcons.DEFAULT_LOGO);

    static final int RELATED_COUNT = 3;

    private final Site site;
    private final Links links;
    private final DisplayDates dates;
    private final Map<String, List<Brief>> byTag;

    public SitePlan(Site site) {
        this.site = site;
        this.links = new Links(site.config());
        this.dates = new DisplayDates(site.config().language());
        this.byTag = briefsByTag(site.briefs());
    }

    public List<PlannedPage> pages() {
        List<PlannedPage> pages = new ArrayList<>(homePages());
        RelatedBriefs related = new RelatedBriefs(byTag);
        List<Brief> briefs = site.briefs();
        for (int i = 0; i < briefs.size(); i++) {
            Optional<Brief> newer = i > 0 ? Optional.of(briefs.get(i - 1)) : Optional.empty();
            Optional<Brief> older = i + 1 < briefs.size() ? Optional.of(briefs.get(i + 1)) : Optional.empty();
            pages.add(brief(briefs.get(i), older, newer, related.of(briefs.get(i), RELATED_COUNT)));
        }
        pages.add(archive());
        pages.add(tagIndex());
        byTag.forEach((tag, tagged) -> pages.add(tag(tag, tagged)));
        pages.add(notFound());
        return pages;
    }

    private PageContext context(String title, String description, String path) {
        return PageContext.of(site.config(), links, dates, title, description, path, site.scheduled());
    }

    /** The home page and its continuation pages, {@code pageSize} briefs each. */
    private List<PlannedPage> homePages() {
        int size = site.config().pageSize();
        int total = site.briefs().size();
        int count = Math.max(1, (total + size - 1) / size);
        List<PlannedPage> pages = new ArrayList<>();
        for (int number = 1; number <= count; number++) {
            List<Brief> briefs = site.briefs().subList((number - 1) * size, Math.min(total, number * size));
            String title = number == 1 ? site.config().title() : "Latest briefs, page " + number;
            PageContext page = context(title, site.config().description(), links.homePage(number))
                    .withPagination(number > 1 ? Optional.of(links.homePage(number - 1)) : Optional.empty(),
                            number < count ? Optional.of(links.homePage(number + 1)) : Optional.empty());
            String output = number == 1 ? "index.html" : Links.homePagePath(number) + "index.html";
            pages.add(new PlannedPage(output, "home.jte", new Pages.HomePage(page, briefs, number, count, total), true,
                    lastModified(briefs)));
        }
        return pages;
    }

    private PlannedPage brief(Brief brief, Optional<Brief> older, Optional<Brief> newer, List<Brief> related) {
        PageContext page = context(brief.title(), brief.description(), links.brief(brief))
                .withArticle(brief);
        return new PlannedPage(Links.briefPath(brief.slug()) + "index.html", "brief.jte",
                new Pages.BriefPage(page, brief, older, newer, related), true, Optional.of(brief.updated().date()));
    }

    private PlannedPage archive() {
        Map<YearMonth, List<Brief>> byMonth = new LinkedHashMap<>();
        for (Brief brief : site.briefs()) {
            byMonth.computeIfAbsent(YearMonth.from(brief.date().date()), month -> new ArrayList<>()).add(brief);
        }
        List<Pages.ArchiveMonth> months = byMonth.entrySet().stream()
                .map(e -> new Pages.ArchiveMonth(dates.month(e.getKey()), "month-" + e.getKey(), e.getValue()))
                .toList();
        PageContext page = context("Archive", "Every brief of " + site.config().title() + ", by month", links.archive());
        return new PlannedPage("archive/index.html", "archive.jte", new Pages.ArchivePage(page, months), true,
                lastModified(site.briefs()));
    }

    private static Map<String, List<Brief>> briefsByTag(List<Brief> briefs) {
        Map<String, List<Brief>> byTag = new TreeMap<>();
        for (Brief brief : briefs) {
            for (String tag : brief.tags()) {
                byTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(brief);
            }
        }
        return byTag;
    }

    private PlannedPage tagIndex() {
        List<Pages.TagCount> counts = byTag.entrySet().stream()
                .map(e -> new Pages.TagCount(e.getKey(), e.getValue().size())).toList();
        PageContext page = context("Topics", "Every topic of " + site.config().title(), links.tags());
        return new PlannedPage("tags/index.html", "tags.jte", new Pages.TagIndexPage(page, counts), true,
                lastModified(site.briefs()));
    }

    private PlannedPage tag(String tag, List<Brief> briefs) {
        PageContext page = context("#" + tag, "Briefs tagged " + tag + " in " + site.config().title(), links.tag(tag))
                .withTagFeed(tag);
        return new PlannedPage(Links.tagPath(tag) + "index.html", "tag.jte", new Pages.TagPage(page, tag, briefs), true,
                lastModified(briefs));
    }

    private PlannedPage notFound() {
        PageContext page = context("Page not found", "There is no page at this address", links.home() + "404.html");
        return new PlannedPage("404.html", "notfound.jte", new Pages.NotFoundPage(page), false, Optional.empty());
    }

    /** The newest {@code updated} day of some briefs: when a page listing them last changed. */
    private static Optional<LocalDate> lastModified(List<Brief> briefs) {
        return briefs.stream().map(brief -> brief.updated().date()).max(Comparator.naturalOrder());
    }

    /** The feeds, sitemap and host files of a site whose pages are {@code pages}. */
    public List<PlannedFile> files(List<PlannedPage> pages) {
        List<PlannedFile> files = new ArrayList<>();
        AtomFeed atom = new AtomFeed(site, links);
        List<Brief> latest = site.briefs().subList(0, Math.min(site.briefs().size(), site.config().feedCount()));
        List<Object> feedInputs = List.of(site.config(), latest);
        files.add(new PlannedFile(AtomFeed.PATH, feedInputs, atom::site));
        files.add(new PlannedFile(RssFeed.PATH, feedInputs, () -> new RssFeed(site, links).write()));
        files.add(new PlannedFile(JsonFeed.PATH, feedInputs, () -> new JsonFeed(site, links).write()));
        byTag.forEach((tag, tagged) -> files.add(new PlannedFile(AtomFeed.tagPath(tag),
                List.of(site.config(), tag, tagged.subList(0, Math.min(tagged.size(), site.config().feedCount()))),
                () -> atom.tag(tag))));
        List<SitemapEntry> sitemap = pages.stream().filter(PlannedPage::inSitemap)
                .map(page -> SitemapEntry.of(links, page.outputPath(), page.lastModified())).toList();
        new Sitemap(links).files(sitemap).forEach(file -> files.add(new PlannedFile(file.path(), file.entries(),
                file.content())));
        files.add(new PlannedFile(RobotsTxt.PATH, links, () -> new RobotsTxt(links).write()));
        // GitHub Pages runs Jekyll on a site without .nojekyll, which hides files and folders
        // whose names start with "_" or ".".
        files.add(new PlannedFile(".nojekyll", "", () -> ""));
        site.config().domain().ifPresent(domain -> files.add(new PlannedFile("CNAME", domain, () -> domain + "\n")));
        return files;
    }
}
