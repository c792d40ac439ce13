package newsbrief.email;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import newsbrief.model.SourceLink;
import newsbrief.html.SafeHtml;
import newsbrief.render.LabelText;

/**
 * {@code email.jte}: one email edition, of a brief or of a day's briefs.
 *
 * @param language    BCP 47 tag for {@code <html lang>}
 * @param subject     the subject line, also the document's title
 * @param preheader   the preview text inboxes show after the subject; hidden in the message
 * @param heading     the headline (a brief's title, or the site's name for a digest)
 * @param headingUrl  where the headline links to
 * @param dateLabel   the date as readers see it
 * @param siteTitle   the newsletter's name
 * @param homeUrl     the site's home page
 * @param browserUrl  where "View in browser" leads
 * @param stories     the briefs in it; for one brief, its headline is the heading and not repeated
 * @param digest      whether it holds several briefs, each under its own headline
 * @param unsubscribe the unsubscribe link or the service's placeholder for it
 * @param labels      the interface words ("View in browser") in the site's language
 */
public record EmailPage(String language, String subject, String preheader, String heading, String headingUrl,
        String dateLabel, String siteTitle, String homeUrl, String browserUrl, List<Story> stories, boolean digest,
        Optional<String> unsubscribe, LabelText labels) {

    public EmailPage {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(preheader, "preheader");
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(headingUrl, "headingUrl");
        Objects.requireNonNull(dateLabel, "dateLabel");
        Objects.requireNonNull(siteTitle, "siteTitle");
        Objects.requireNonNull(homeUrl, "homeUrl");
        Objects.requireNonNull(browserUrl, "browserUrl");
        stories = List.copyOf(stories);
        Objects.requireNonNull(unsubscribe, "unsubscribe");
        Objects.requireNonNull(labels, "labels");
    }

    /**
     * One brief in an edition.
     *
     * @param title    its headline
     * @param url      its page
     * @param sections its sections, with their HTML styled for email
     * @param sources  what it draws on
     */
    public record Story(String title, String url, List<Part> sections, List<SourceLink> sources) {
        public Story {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(url, "url");
            sections = List.copyOf(sections);
            sources = List.copyOf(sources);
        }
    }

    /**
     * One section of a brief, or its preamble.
     *
     * @param heading its heading, e.g. "The Signal"; empty for the preamble, which has none
     * @param html    its content with every style inline
     */
    public record Part(String heading, SafeHtml html) {
        public Part {
            Objects.requireNonNull(heading, "heading");
            Objects.requireNonNull(html, "html");
        }
    }
}
