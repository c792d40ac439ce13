package newsbrief.site;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import newsbrief.model.Brief;
import newsbrief.model.Site;
import newsbrief.render.DisplayDates;
import newsbrief.render.Links;
import newsbrief.render.PageContext;
import newsbrief.render.Pages;

/**
 * Which pages the site has and where each goes:
 * <pre>
 * index.html                 latest briefs          briefs/SLUG/index.html   one brief
 * archive/index.html         every brief by month   tags/index.html          every tag
 * tags/TAG/index.html        briefs with the tag    404.html                 not found
 * </pre>
 */
public final class SitePlan {

    /** Files copied as they are from the jar's {@code newsbrief/assets/} to {@code assets/}. */
    public static final List<String> ASSETS = List.of("style.css");

    private final Site site;
    private final Links links;
    private final DisplayDates dates;

    public SitePlan(Site site) {
        this.site = site;
        this.links = new Links(site.config());
        this.dates = new DisplayDates(site.config().language());
    }

    public List<PlannedPage> pages() {
        List<PlannedPage> pages = new ArrayList<>();
        pages.add(home());
        site.briefs().forEach(brief -> pages.add(brief(brief)));
        pages.add(archive());
        Map<String, List<Brief>> byTag = briefsByTag();
        pages.add(tagIndex(byTag));
        byTag.forEach((tag, briefs) -> pages.add(tag(tag, briefs)));
        pages.add(notFound());
        return pages;
    }

    private PageContext context(String title, String description, String path) {
        return new PageContext(site.config(), links, dates, title, description, path);
    }

    private PlannedPage home() {
        List<Brief> latest = site.briefs().stream().limit(site.config().pageSize()).toList();
        PageContext page = context(site.config().title(), site.config().description(), links.home());
        return new PlannedPage("index.html", "home.jte", new Pages.HomePage(page, latest, site.briefs().size()));
    }

    private PlannedPage brief(Brief brief) {
        PageContext page = context(brief.title(), brief.description(), links.brief(brief));
        return new PlannedPage(Links.briefPath(brief.slug()) + "index.html", "brief.jte", new Pages.BriefPage(page, brief));
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
        return new PlannedPage("archive/index.html", "archive.jte", new Pages.ArchivePage(page, months));
    }

    /** Tags in alphabetical order, each with its briefs newest first. */
    private Map<String, List<Brief>> briefsByTag() {
        Map<String, List<Brief>> byTag = new TreeMap<>();
        for (Brief brief : site.briefs()) {
            for (String tag : brief.tags()) {
                byTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(brief);
            }
        }
        return byTag;
    }

    private PlannedPage tagIndex(Map<String, List<Brief>> byTag) {
        List<Pages.TagCount> counts = byTag.entrySet().stream()
                .map(e -> new Pages.TagCount(e.getKey(), e.getValue().size())).toList();
        PageContext page = context("Topics", "Every topic of " + site.config().title(), links.tags());
        return new PlannedPage("tags/index.html", "tags.jte", new Pages.TagIndexPage(page, counts));
    }

    private PlannedPage tag(String tag, List<Brief> briefs) {
        PageContext page = context("#" + tag, "Briefs tagged " + tag + " in " + site.config().title(), links.tag(tag));
        return new PlannedPage(Links.tagPath(tag) + "index.html", "tag.jte", new Pages.TagPage(page, tag, briefs));
    }

    private PlannedPage notFound() {
        PageContext page = context("Page not found", "There is no page at this address", links.home() + "404.html");
        return new PlannedPage("404.html", "notfound.jte", new Pages.NotFoundPage(page));
    }
}
