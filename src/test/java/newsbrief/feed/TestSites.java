package newsbrief.feed;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import newsbrief.model.Brief;
import newsbrief.model.ContentKey;
import newsbrief.testing.Markdown;
import newsbrief.model.FrontMatter;
import newsbrief.model.PublicationDate;
import newsbrief.model.Section;
import newsbrief.model.Site;
import newsbrief.model.SiteConfig;
import newsbrief.render.Links;

/**
 * Small sites for feed tests, built from the model records as validation would build them:
 * <pre>
 * Site site = TestSites.site(20, TestSites.brief("cloud-deal", "2026-11-26").tags("ai").build());
 * </pre>
 */
final class TestSites {

    static final String BASE_URL = "https://example.github.io/newsletter/";
    static final String SITE_TITLE = "Test Brief";
    static final String SITE_AUTHOR = "Test Desk";

    /** The HTML every fixture brief has, after its section headings. */
    static final String SUMMARY_HTML = "<ul>\n<li>Rivers rose.</li>\n<li>Towns prepared.</li>\n</ul>\n";
    static final String SIGNAL_HTML = "<p>Gauges read <em>high</em> &amp; rising.</p>\n";

    private TestSites() {
    }

    static SiteConfig config(int feedCount) {
        return SiteConfig.builder(SITE_TITLE, URI.create(BASE_URL)).description("A small site for tests")
                .author(SITE_AUTHOR).feedCount(feedCount).build();
    }

    /** A site whose {@code site.yaml} has no description. */
    static SiteConfig configWithoutDescription() {
        return SiteConfig.builder(SITE_TITLE, URI.create(BASE_URL)).author(SITE_AUTHOR).build();
    }

    static Site site(int feedCount, Brief... briefs) {
        return new Site(config(feedCount), List.of(briefs));
    }

    static Links links(Site site) {
        return new Links(site.config());
    }

    /** A brief published on {@code date}, either {@code 2026-11-26} or {@code 2026-11-20T09:30:00+01:00}. */
    static BriefBuilder brief(String slug, String date) {
        return new BriefBuilder(slug, date(date));
    }

    static PublicationDate date(String text) {
        return text.contains("T") ? PublicationDate.of(OffsetDateTime.parse(text))
                : PublicationDate.of(LocalDate.parse(text));
    }

    /** The content a feed should carry for a fixture brief whose Signal section is headed {@code signalHeading}. */
    static String contentHtml(String escapedSignalHeading) {
        return "<h2>The Summary</h2>\n" + SUMMARY_HTML + "<h2>" + escapedSignalHeading + "</h2>\n" + SIGNAL_HTML;
    }

    /** Builds one brief; anything not set is left out, as in a brief that does not write it. */
    static final class BriefBuilder {

        private final String slug;
        private final PublicationDate date;
        private String title;
        private List<String> tags = List.of();
        private Optional<String> author = Optional.empty();
        private Optional<String> description = Optional.empty();
        private Optional<PublicationDate> updated = Optional.empty();
        private String signalHeading = "The Signal";

        private BriefBuilder(String slug, PublicationDate date) {
            this.slug = slug;
            this.date = date;
            this.title = "Title of " + slug;
        }

        BriefBuilder title(String text) {
            this.title = text;
            return this;
        }

        BriefBuilder tags(String... names) {
            this.tags = List.of(names);
            return this;
        }

        BriefBuilder author(String name) {
            this.author = Optional.of(name);
            return this;
        }

        BriefBuilder description(String text) {
            this.description = Optional.of(text);
            return this;
        }

        BriefBuilder updated(String when) {
            this.updated = Optional.of(date(when));
            return this;
        }

        BriefBuilder signalHeading(String heading) {
            this.signalHeading = heading;
            return this;
        }

        Brief build() {
            FrontMatter frontMatter = new FrontMatter(title, date, tags, author, Optional.empty(), description,
                    List.of(), Optional.empty(), false, updated);
            List<Section> sections = new ArrayList<>();
            sections.add(Section.of("summary", "The Summary", Markdown.html("- Rivers rose.\n- Towns prepared.\n"),
                    List.of(Markdown.html("Rivers rose."), Markdown.html("Towns prepared.")),
                    "Rivers rose. Towns prepared.", 4));
            sections.add(Section.of("signal", signalHeading, Markdown.html("Gauges read *high* & rising.\n"), List.of(),
                    "Gauges read high & rising.", 4));
            return new Brief("content/briefs/" + slug + ".md", slug, frontMatter, sections, Map.of(), ContentKey.of("test", slug + title));
        }
    }
}
