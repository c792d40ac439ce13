package newsbrief.email;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import newsbrief.model.Brief;
import newsbrief.model.PublicationDate;
import newsbrief.model.Site;
import newsbrief.model.SiteConfig;
import newsbrief.model.Words;
import newsbrief.render.DisplayDates;
import newsbrief.render.LabelText;
import newsbrief.render.Links;
import newsbrief.render.Templates;

/**
 * The email edition of a site: for one brief, or a digest of every brief published on a day.
 * The entry point for the {@code email} command and for a preview server (which may pass its own
 * renderer, compiled from {@code templates/} on the fly). Thread-safe.
 * <pre>
 * EmailEditions editions = EmailEditions.of(site, new Links(site.config()));
 * EmailEdition edition = editions.brief(site.briefs().get(0));
 * </pre>
 */
public final class EmailEditions {

    /** Inboxes show about this much of the preview text after the subject. */
    private static final int PREHEADER_CHARS = 140;

    private final Site site;
    private final Links links;
    private final Templates renderer;
    private final DisplayDates dates;
    private final LabelText labels;
    private final EmlWriter eml;

    private EmailEditions(Site site, Links links, Templates renderer) {
        this.site = Objects.requireNonNull(site, "site");
        this.links = Objects.requireNonNull(links, "links");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        SiteConfig config = site.config();
        this.dates = new DisplayDates(config.language());
        this.labels = LabelText.of(config);
        this.eml = new EmlWriter(config.email(), config.baseUrl().getHost());
    }

    /** Editions rendered with the templates compiled into the jar. */
    public static EmailEditions of(Site site, Links links) {
        return of(site, links, Templates.precompiled());
    }

    public static EmailEditions of(Site site, Links links, Templates renderer) {
        return new EmailEditions(site, links, renderer);
    }

    /** The newest published brief, which {@code email} sends when no brief is named. */
    public Optional<Brief> newest() {
        return site.briefs().stream().findFirst();
    }

    /** The published brief with this slug. */
    public Optional<Brief> find(String slug) {
        return site.briefs().stream().filter(brief -> brief.slug().equals(slug)).findFirst();
    }

    /** The briefs published on a day (by the date written in each), newest first. */
    public List<Brief> publishedOn(LocalDate day) {
        return site.briefs().stream().filter(brief -> brief.date().date().equals(day)).toList();
    }

    /** The edition of one brief, named after its slug; its subject is the headline. */
    public EmailEdition brief(Brief brief) {
        EmailPage page = briefPage(brief);
        return edition(brief.slug(), page, List.of(brief), brief.date().instant());
    }

    /**
     * Only the HTML of a brief's edition, as the preview shows it: no plain text and no MIME
     * message, which the preview never shows and which cost its first build dearly.
     */
    public String briefHtml(Brief brief) {
        return renderer.render("email.jte", briefPage(brief));
    }

    private EmailPage briefPage(Brief brief) {
        String url = pageUrl(brief);
        return new EmailPage(site.config().language(), brief.title(), preheader(brief), brief.title(), url,
                dates.day(brief.date()), site.config().title(), homeUrl(), url, List.of(story(brief, 0)), false,
                site.config().email().unsubscribe(), labels);
    }

    /**
     * One edition of several briefs, each under its headline, named after the day.
     *
     * @param briefs at least one brief, in the order they appear
     */
    public EmailEdition digest(LocalDate day, List<Brief> briefs) {
        if (briefs.isEmpty()) {
            throw new IllegalArgumentException("a digest holds at least one brief");
        }
        String dayLabel = dates.day(PublicationDate.of(day));
        String subject = site.config().title() + " – " + dayLabel;
        String preheader = shorten(String.join(" · ", briefs.stream().map(Brief::title).toList()));
        EmailPage page = new EmailPage(site.config().language(), subject, preheader, site.config().title(), homeUrl(),
                dayLabel, site.config().title(), homeUrl(), homeUrl(),
                briefs.stream().map(brief -> story(brief, 1)).toList(), true, site.config().email().unsubscribe(),
                labels);
        Instant newest = briefs.stream().map(brief -> brief.date().instant()).max(Instant::compareTo).orElseThrow();
        return edition(day.toString(), page, briefs, newest);
    }

    private EmailEdition edition(String name, EmailPage page, List<Brief> briefs, Instant date) {
        String html = renderer.render("email.jte", page);
        String text = EmailText.of(html);
        return new EmailEdition(name, page.subject(), html, text, eml.write(page.subject(), text, html, date), briefs);
    }

    private EmailPage.Story story(Brief brief, int headingShift) {
        URI page = URI.create(pageUrl(brief));
        List<EmailPage.Part> parts = new java.util.ArrayList<>();
        // The preamble opens the story, as on the page; it has no heading of its own.
        brief.preamble().ifPresent(preamble -> parts.add(new EmailPage.Part("",
                EmailHtml.of(preamble.html(), page, headingShift))));
        brief.sections().forEach(section -> parts.add(new EmailPage.Part(section.heading(),
                EmailHtml.of(section.html(), page, headingShift))));
        return new EmailPage.Story(brief.title(), page.toString(), parts, brief.frontMatter().sources());
    }

    /** What the inbox shows after the subject: the start of the Summary, else the description. */
    private static String preheader(Brief brief) {
        String lead = Words.collapseWhitespace(brief.lead().excerpt());
        return shorten(lead.isEmpty() ? brief.description() : lead);
    }

    private static String shorten(String text) {
        String flat = Words.collapseWhitespace(text);
        if (flat.length() <= PREHEADER_CHARS) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', PREHEADER_CHARS - 1);
        return flat.substring(0, cut > 0 ? cut : PREHEADER_CHARS - 1).stripTrailing() + "…";
    }

    private String pageUrl(Brief brief) {
        return links.absolute(links.brief(brief));
    }

    private String homeUrl() {
        return links.absolute(links.home());
    }
}
