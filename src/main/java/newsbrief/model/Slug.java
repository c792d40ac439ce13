package newsbrief.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** URL names: {@code [a-z0-9]+(-[a-z0-9]+)*} (src/docs/BRIEF-FORMAT.md, "slug"). */
public final class Slug {

    public static final Pattern PATTERN = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Slug() {
    }

    /** Whether {@code text} matches {@link #PATTERN}; written out, as it runs for every tag link of every page. */
    public static boolean isValid(String text) {
        if (text.isEmpty() || text.charAt(0) == '-' || text.charAt(text.length() - 1) == '-') {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean plain = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            if (!plain && (c != '-' || text.charAt(i - 1) == '-')) {
                return false;
            }
        }
        return true;
    }

    /** A slug made from any text: "Open AI & Chips" → {@code open-ai-chips}; accents are dropped. */
    public static String fromText(String text) {
        // Most text given here is a tag that is a slug already; skip the work for it.
        if (isValid(text)) {
            return text;
        }
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "untitled" : slug;
    }
}
