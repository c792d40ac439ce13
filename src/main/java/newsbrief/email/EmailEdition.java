package newsbrief.email;

import java.util.List;
import java.util.Objects;
import newsbrief.model.Brief;

/**
 * One email edition, ready to write or hand over: of one brief ({@code SLUG.html}, ...) or of a
 * day's briefs ({@code 2026-11-26.html}, ...).
 *
 * @param name    the file name without extension: the brief's slug, or the digest's day
 * @param subject the subject line
 * @param html    the HTML part, every style inline
 * @param text    the plain-text part
 * @param eml     the whole message, multipart/alternative, as an unsent draft
 * @param briefs  the briefs in it, newest first
 */
public record EmailEdition(String name, String subject, String html, String text, byte[] eml, List<Brief> briefs) {

    public EmailEdition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(text, "text");
        eml = eml.clone();
        briefs = List.copyOf(briefs);
    }

    @Override
    public byte[] eml() {
        return eml.clone();
    }
}
