package newsbrief.email;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import newsbrief.diag.Diagnostic;
import newsbrief.diag.Rule;
import newsbrief.diag.SourcePosition;
import newsbrief.model.Brief;
import newsbrief.model.EmailSettings;
import newsbrief.model.Section;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Checks an edition before it goes out, as diagnostics in the usual form: what inboxes are known
 * to mangle (Gmail clips messages over about 102 KB; Outlook shows an image without a width at its
 * own size) and what bulk senders are asked for (an unsubscribe link, a subject that fits).
 */
public final class EmailPreflight {

    /** A little under Gmail's clipping point, which counts the whole message, not only the HTML. */
    static final int MAX_HTML_BYTES = 100 * 1024;
    /** RFC 5322's recommended line length, and about what inboxes show of a subject. */
    static final int MAX_SUBJECT_CHARS = 78;

    private final EmailSettings settings;
    private final String siteFile;

    /**
     * @param settings the site's email settings
     * @param siteFile site.yaml as diagnostics name it
     */
    public EmailPreflight(EmailSettings settings, String siteFile) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.siteFile = Objects.requireNonNull(siteFile, "siteFile");
    }

    /** Every problem of one edition, in no particular order. */
    public List<Diagnostic> check(EmailEdition edition) {
        List<Diagnostic> found = new ArrayList<>();
        Brief first = edition.briefs().get(0);
        boolean single = edition.briefs().size() == 1 && edition.name().equals(first.slug());
        int bytes = edition.html().getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_HTML_BYTES) {
            found.add(Diagnostic.of(first.sourcePath(), SourcePosition.START, Rule.EMAIL_SIZE, "email edition \""
                    + edition.name() + "\" has " + (bytes + 1023) / 1024 + " KB of HTML; Gmail clips messages over about "
                    + "102 KB").withHint(single ? "shorten the brief" : "send fewer briefs in one digest"));
        }
        int subject = edition.subject().codePointCount(0, edition.subject().length());
        if (subject > MAX_SUBJECT_CHARS) {
            found.add(Diagnostic.of(single ? first.sourcePath() : siteFile,
                    single ? first.positionOf("title") : SourcePosition.START, Rule.EMAIL_SUBJECT_LENGTH,
                    "email subject has " + subject + " characters; inboxes show about " + MAX_SUBJECT_CHARS));
        }
        if (settings.from().isPresent() && settings.unsubscribe().isEmpty()) {
            found.add(Diagnostic.of(siteFile, settings.position(), Rule.EMAIL_UNSUBSCRIBE,
                    "email.from is set but email.unsubscribe is not; bulk mail needs an unsubscribe link")
                    .withHint("add unsubscribe: \"{{ unsubscribe_url }}\" (Buttondown), \"{{ UnsubscribeURL }}\" "
                            + "(listmonk), \"*|UNSUB|*\" (Mailchimp) or an https URL"));
        }
        edition.briefs().forEach(brief -> brief.sections().forEach(section -> checkSection(brief, section, found)));
        return found;
    }

    private static void checkSection(Brief brief, Section section, List<Diagnostic> found) {
        for (Element element : Jsoup.parseBodyFragment(section.html().markup()).select("img, a[href]")) {
            boolean image = element.nameIs("img");
            String url = element.attr(image ? "src" : "href").strip();
            if (!url.isEmpty() && !isAbsolute(url)) {
                found.add(Diagnostic.of(brief.sourcePath(), SourcePosition.START, Rule.EMAIL_RELATIVE_LINK,
                        (image ? "image \"" : "link \"") + url + "\" in \"" + section.heading()
                                + "\" is relative; the email resolves it against the brief's page")
                        .withHint("write the absolute URL, e.g. https://..."));
            }
            if (image && (element.attr("alt").isBlank() || !element.hasAttr("width"))) {
                String missing = element.attr("alt").isBlank()
                        ? element.hasAttr("width") ? "no alt text" : "no alt text and no width" : "no width";
                found.add(Diagnostic.of(brief.sourcePath(), SourcePosition.START, Rule.EMAIL_IMAGE,
                        (url.isEmpty() ? "an image" : "image \"" + url + "\"") + " in \"" + section.heading() + "\" has "
                                + missing
                                + (missing.equals("no alt text") ? "; screen readers and blocked images show its URL"
                                        : "; Outlook shows an image without a width at its own size"))
                        .withHint("write it as <img src=\"...\" alt=\"what it shows\" width=\"536\" height=\"...\">"));
            }
        }
    }

    private static boolean isAbsolute(String url) {
        try {
            return URI.create(url).isAbsolute();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
