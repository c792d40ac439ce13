package newsbrief.site;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import newsbrief.model.Brief;
import newsbrief.model.ContentKey;
import newsbrief.model.Site;
import newsbrief.render.DisplayDates;
import newsbrief.render.LabelText;
import newsbrief.render.Links;
import newsbrief.render.PageContext;
import newsbrief.render.Pages;

/**
 * The pages of the site, each through its jte template:
 * <pre>
 * index.html, page/N/index.html   latest briefs, paginated
 * briefs/SLUG/index.html          one brief
 * archive/index.html              every brief by month
 * tags/index.html                 every tag
 * tags/TAG/index.html             briefs with the tag
 * 404.html                        not found
 * </pre>
 * A page's key holds the briefs it shows and its own parameters; its template record is made only
 * when the page is rendered.
 */
public final class PagesOutput implements Output {

    static final int RELATED_COUNT = 3;

    /**
     * The related briefs of the last run, by index, and what they were picked from: which briefs
     * are related depends only on the order of the briefs, their dates and their tags, so while
     * those stay as they were — an edit of a brief's text — the preview picks none again.
     */
    private List<Brief> relatedFrom;
    private List<Integer>[] relatedIndexes;

    @Override
    public void plan(OutputPlan plan) {
        new Planner(plan).planAll();
    }

    @SuppressWarnings("unchecked")
    private List<Integer>[] relatedIndexes(List<Brief> briefs) {
        if (!sameForRelated(briefs, relatedFrom) || relatedIndexes == null) {
            relatedIndexes = new List[briefs.size()];
        }
        // The new list, so the old briefs are not kept alive by this one.
        relatedFrom = briefs;
        return relatedIndexes;
    }

    /**
     * Whether two lists of briefs give the same related briefs: the same length, and at each place
     * the same brief, or one read again with the same slug, date and tags. The preview keeps the
     * briefs of unchanged files, so most places are the same object and cost one comparison.
     */
    private static boolean sameForRelated(List<Brief> briefs, List<Brief> before) {
        if (before == null || before.size() != briefs.size()) {
            return false;
        }
        for (int i = 0; i < briefs.size(); i++) {
            Brief now = briefs.get(i);
            Brief then = before.get(i);
            if (now != then && !(now.slug().equals(then.slug()) && now.date().epochSecond() == then.date().epochSecond()
                    && now.tags().equals(then.tags()))) {
                return false;
            }
        }
        return true;
    }

    /** A value made once, on first use, from whichever thread asks first. */
    private static final class Memo<T> implements Supplier<T> {
        private final Supplier<T> make;
        private T value;

        Memo(Supplier<T> make) {
            this.make = make;
        }

        @Override
        public synchronized T get() {
            if (value == null) {
                value = make.get();
            }
            return value;
        }
    }

    /** The state of planning one site's pages. */
    private final class Planner {
        private final OutputPlan plan;
        private final Site site;
        private final Links links;
        private final DisplayDates dates;
        private final LabelText labels;
        private final Map<String, List<Brief>> byTag;

        Planner(OutputPlan plan) {
            this.plan = plan;
            this.site = plan.site();
            this.links = plan.links();
            this.dates = new DisplayDates(site.config().language());
            this.labels = LabelText.of(site.config());
            this.byTag = plan.briefsByTag();
        }

        void planAll() {
            homePages();
            List<Integer>[] known = relatedIndexes(site.briefs());
            Memo<RelatedBriefs> related = new Memo<>(() -> new RelatedBriefs(site.briefs(), byTag));
            List<Brief> briefs = site.briefs();
            for (int i = 0; i < briefs.size(); i++) {
                Optional<Brief> newer = i > 0 ? Optional.of(briefs.get(i - 1)) : Optional.empty();
                Optional<Brief> older = i + 1 < briefs.size() ? Optional.of(briefs.get(i + 1)) : Optional.empty();
                Brief brief = briefs.get(i);
                int index = i;
                brief(brief, older, newer, new Memo<>(() -> {
                    if (known[index] == null) {
                        known[index] = related.get().indexesOf(index, RELATED_COUNT);
                    }
                    return known[index].stream().map(briefs::get).toList();
                }));
            }
            archive();
            tagIndex();
            byTag.forEach(this::tag);
            notFound();
        }

        private void page(String outputPath, String template, Supplier<ContentKey> key, Supplier<Object> model,
                Optional<PlannedFile.Listing> listing) {
            plan.add(new PlannedFile(outputPath, key,
                    () -> plan.templates().renderBytes(template, model.get()), listing));
        }

        /** A key for a page of {@code template} that shows {@code briefs}. */
        private ContentKey.Builder key(String template, List<Brief> briefs) {
            ContentKey.Builder key = plan.key(template).add(briefs.size());
            for (Brief brief : briefs) {
                key.add(brief);
            }
            return key;
        }

        private PageContext context(String title, String description, String path) {
            return PageContext.of(site.config(), links, dates, labels, title, description, path, site.scheduled());
        }

        /** The home page and its continuation pages, {@code pageSize} briefs each. */
        private void homePages() {
            int size = site.config().pageSize();
            int total = site.briefs().size();
            int count = Math.max(1, (total + size - 1) / size);
            for (int n = 1; n <= count; n++) {
                int number = n;
                List<Brief> briefs = site.briefs().subList((number - 1) * size, Math.min(total, number * size));
                page(links.homePageFile(number), "home.jte",
                        () -> key("home.jte", briefs).add(number).add(count).add(total).build(),
                        () -> homePage(briefs, number, count, total), listed(briefs));
            }
        }

        private Pages.HomePage homePage(List<Brief> briefs, int number, int count, int total) {
            String title = number == 1 ? site.config().title() : labels.format("homeTitlePage", "number", number);
            PageContext page = context(title, site.config().description(), links.homePage(number))
                    .withPagination(number > 1 ? Optional.of(links.homePage(number - 1)) : Optional.empty(),
                            number < count ? Optional.of(links.homePage(number + 1)) : Optional.empty());
            return new Pages.HomePage(page, briefs, number, count, total);
        }

        /** A brief's page; its related briefs are picked when its key or page is made, in parallel. */
        private void brief(Brief brief, Optional<Brief> older, Optional<Brief> newer, Memo<List<Brief>> related) {
            page(links.briefFile(brief), "brief.jte", () -> {
                List<Brief> shown = new ArrayList<>(List.of(brief));
                older.ifPresent(shown::add);
                newer.ifPresent(shown::add);
                shown.addAll(related.get());
                return key("brief.jte", shown).add(older.isPresent()).add(newer.isPresent()).build();
            }, () -> new Pages.BriefPage(context(brief.title(), brief.description(), links.brief(brief))
                            .withArticle(brief), brief, older, newer, related.get()),
                    Optional.of(new PlannedFile.Listing(Optional.of(brief.updated().date()))));
        }

        private void archive() {
            page(links.archiveFile(), "archive.jte", this::archiveKey, this::archivePage, listed(site.briefs()));
        }

        /** What the archive shows of each brief: its {@link Pages.Headline}, whose mark is in every key. */
        private ContentKey archiveKey() {
            ContentKey.Builder key = plan.key("archive.jte").add(site.briefs().size());
            for (Brief brief : site.briefs()) {
                key.add(brief.slug()).add(brief.title()).add(brief.date()).add(brief.draft());
            }
            return key.build();
        }

        private Pages.ArchivePage archivePage() {
            Map<YearMonth, List<Pages.Headline>> byMonth = new LinkedHashMap<>();
            for (Brief brief : site.briefs()) {
                byMonth.computeIfAbsent(YearMonth.from(brief.date().date()), month -> new ArrayList<>())
                        .add(new Pages.Headline(brief.title(), links.brief(brief), brief.date(), brief.draft(),
                                site.scheduled().contains(brief.slug())));
            }
            List<Pages.ArchiveMonth> months = byMonth.entrySet().stream()
                    .map(e -> new Pages.ArchiveMonth(dates.month(e.getKey()), "month-" + e.getKey(), e.getValue()))
                    .toList();
            PageContext page = context(labels.text("archiveTitle"),
                    labels.format("archiveDescription", "site", site.config().title()), links.archive());
            return new Pages.ArchivePage(page, months);
        }

        private void tagIndex() {
            List<Pages.TagCount> counts = byTag.entrySet().stream()
                    .map(e -> new Pages.TagCount(e.getKey(), e.getValue().size())).toList();
            page(links.tagsFile(), "tags.jte", () -> {
                ContentKey.Builder key = plan.key("tags.jte");
                counts.forEach(count -> key.add(count.tag()).add(count.count()));
                return key.build();
            }, () -> new Pages.TagIndexPage(context(labels.text("topicsTitle"),
                    labels.format("topicsDescription", "site", site.config().title()), links.tags()), counts),
                    listed(site.briefs()));
        }

        private void tag(String tag, List<Brief> briefs) {
            page(links.tagFile(tag), "tag.jte", () -> key("tag.jte", briefs).add(tag).build(),
                    () -> new Pages.TagPage(context("#" + tag, labels.format("tagDescription", "tag", tag, "site",
                            site.config().title()), links.tag(tag)).withTagFeed(tag), tag, briefs), listed(briefs));
        }

        private void notFound() {
            page(Links.NOT_FOUND, "notfound.jte", () -> plan.key("notfound.jte").build(),
                    () -> new Pages.NotFoundPage(context(labels.text("notFoundTitle"),
                            labels.text("notFoundDescription"), links.notFound())), Optional.empty());
        }

        /** A sitemap entry for a page listing {@code briefs}: it changed when the newest of them did. */
        private static Optional<PlannedFile.Listing> listed(List<Brief> briefs) {
            // A loop, not a stream: the archive and tag pages list every brief, on every save.
            LocalDate newest = null;
            for (Brief brief : briefs) {
                LocalDate updated = brief.updated().date();
                if (newest == null || updated.isAfter(newest)) {
                    newest = updated;
                }
            }
            return Optional.of(new PlannedFile.Listing(Optional.ofNullable(newest)));
        }
    }
}
