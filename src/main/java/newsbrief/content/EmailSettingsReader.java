package newsbrief.content;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import newsbrief.diag.FileDiagnostics;
import newsbrief.diag.Rule;
import newsbrief.model.EmailSettings;

/**
 * Reads the {@code email:} and {@code subscribe:} settings of {@code site.yaml}:
 * <pre>
 * email:
 *   from: "Desk &lt;desk@example.com&gt;"
 *   replyTo: editor@example.com
 *   unsubscribe: "{{ unsubscribe_url }}"     # or an https URL
 * subscribe:
 *   buttondown: deskletter                  # or action: https://...
 * </pre>
 * A wrong value is reported at its line and leaves the setting out.
 */
final class EmailSettingsReader {

    /**
     * What each sending service replaces with a subscriber's own unsubscribe link: Buttondown's
     * template variable, listmonk's template function and Mailchimp's merge tag.
     */
    static final List<String> UNSUBSCRIBE_PLACEHOLDERS = List.of("{{ unsubscribe_url }}", "{{ UnsubscribeURL }}",
            "*|UNSUB|*");

    /** Buttondown's embeddable sign-up form posts here, followed by the newsletter's user name. */
    static final String BUTTONDOWN_SUBSCRIBE = "https://buttondown.com/api/emails/embed-subscribe/";

    private static final Set<String> EMAIL_KEYS = Set.of("from", "replyTo", "unsubscribe");
    private static final Set<String> SUBSCRIBE_KEYS = Set.of("action", "buttondown");
    private static final Pattern BUTTONDOWN_USER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

    private final FileDiagnostics report;

    EmailSettingsReader(FileDiagnostics report) {
        this.report = report;
    }

    EmailSettings email(YamlMappingReader site) {
        Optional<YamlMappingReader> email = site.nested("email");
        if (email.isEmpty()) {
            return EmailSettings.NONE;
        }
        YamlMappingReader reader = email.get();
        reader.rejectUnknownKeys(EMAIL_KEYS, "email");
        Optional<String> from = reader.text("from").filter(value -> isAddress(value, "from", reader));
        Optional<String> replyTo = reader.text("replyTo").filter(value -> isAddress(value, "replyTo", reader));
        Optional<String> unsubscribe = reader.text("unsubscribe").map(String::strip)
                .filter(value -> isUnsubscribe(value, reader));
        return new EmailSettings(from, replyTo, unsubscribe, site.positionOf("email"));
    }

    Optional<URI> subscribe(YamlMappingReader site) {
        Optional<YamlMappingReader> subscribe = site.nested("subscribe");
        if (subscribe.isEmpty()) {
            return Optional.empty();
        }
        YamlMappingReader reader = subscribe.get();
        reader.rejectUnknownKeys(SUBSCRIBE_KEYS, "subscribe");
        Optional<String> action = reader.text("action");
        Optional<String> user = reader.text("buttondown");
        if (action.isPresent() == user.isPresent()) {
            report.add(site.positionOf("subscribe"), Rule.CONFIG_SUBSCRIBE,
                    "subscribe needs exactly one of \"action\" and \"buttondown\"",
                    "e.g. subscribe: {buttondown: USER} or subscribe: {action: https://...}");
            return Optional.empty();
        }
        if (user.isPresent()) {
            if (!BUTTONDOWN_USER.matcher(user.get()).matches()) {
                report.add(reader.positionOf("buttondown"), Rule.CONFIG_SUBSCRIBE, "buttondown user \"" + user.get()
                        + "\" is not a Buttondown user name", "write the name from buttondown.com/USER");
                return Optional.empty();
            }
            return Optional.of(URI.create(BUTTONDOWN_SUBSCRIBE + user.get()));
        }
        return httpUrl(action.get()).or(() -> {
            report.add(reader.positionOf("action"), Rule.CONFIG_SUBSCRIBE, "subscribe action \"" + action.get()
                    + "\" is not an absolute http(s) URL", "use the form's action URL from your newsletter service");
            return Optional.empty();
        });
    }

    private boolean isAddress(String value, String key, YamlMappingReader reader) {
        try {
            InternetAddress[] addresses = InternetAddress.parse(value, true);
            if (addresses.length == 1) {
                addresses[0].validate();
                return true;
            }
        } catch (AddressException e) {
            // reported below
        }
        report.add(reader.positionOf(key), Rule.CONFIG_EMAIL, "email." + key + " \"" + value
                + "\" is not one email address", "e.g. \"Desk <desk@example.com>\"");
        return false;
    }

    private boolean isUnsubscribe(String value, YamlMappingReader reader) {
        if (UNSUBSCRIBE_PLACEHOLDERS.contains(value)
                || value.startsWith("https://") && httpUrl(value).isPresent()) {
            return true;
        }
        report.add(reader.positionOf("unsubscribe"), Rule.CONFIG_EMAIL, "email.unsubscribe \"" + value
                + "\" is neither an https URL nor a sending service's placeholder",
                "use " + String.join(" (Buttondown), ", UNSUBSCRIBE_PLACEHOLDERS.subList(0, 2))
                        + " (listmonk) or " + UNSUBSCRIBE_PLACEHOLDERS.get(2) + " (Mailchimp)");
        return false;
    }

    private static Optional<URI> httpUrl(String text) {
        try {
            URI uri = new URI(text.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return Optional.of(uri);
            }
        } catch (URISyntaxException e) {
            // not a URL
        }
        return Optional.empty();
    }
}
