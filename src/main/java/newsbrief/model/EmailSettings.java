package newsbrief.model;

import java.util.Objects;
import java.util.Optional;
import newsbrief.diag.SourcePosition;

/**
 * The email edition's settings from {@code site.yaml}:
 * <pre>
 * email:
 *   from: "Desk &lt;desk@example.com&gt;"
 *   replyTo: editor@example.com
 *   unsubscribe: "{{ unsubscribe_url }}"
 * </pre>
 *
 * @param from        the sender, as an RFC 5322 address, when one is set
 * @param replyTo     where replies go, when not to the sender
 * @param unsubscribe an https URL, or the placeholder the sending service fills in
 * @param position    where {@code email:} was written, for diagnostics about these settings
 */
public record EmailSettings(Optional<String> from, Optional<String> replyTo, Optional<String> unsubscribe,
        SourcePosition position) {

    /** No settings: the edition has no sender and no unsubscribe link. */
    public static final EmailSettings NONE = new EmailSettings(Optional.empty(), Optional.empty(), Optional.empty(),
            SourcePosition.START);

    public EmailSettings {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(replyTo, "replyTo");
        Objects.requireNonNull(unsubscribe, "unsubscribe");
        Objects.requireNonNull(position, "position");
    }

    /** The unsubscribe link when it is a real https URL (not a placeholder), for List-Unsubscribe headers. */
    public Optional<String> unsubscribeUrl() {
        return unsubscribe.filter(value -> value.startsWith("https://"));
    }
}
