package newsbrief.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** URL names: {@code [a-z0-9]+(-[a-z0-9]+)*} (BRIEF-FORMAT.md, "slug"). */
public final class Slug {

    public static final Pattern PATTERN = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Slug() {
    }

    public static boolean isValid(String text) {
        return PATTERN.matcher(text).matches();
    }

    /** A slug made from any text: "Open AI & Chips" → {@code open-ai-chips}; accents are dropped. */
    public static String fromText(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "untitled" : slug;
    }
}
