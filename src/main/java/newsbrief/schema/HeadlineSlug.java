package newsbrief.schema;

import com.ibm.icu.text.Transliterator;
import java.util.Optional;
import newsbrief.model.Slug;

/**
 * The slug a headline gives, in any script: "Курс рубля" → {@code kurs-rubla}, "人民币汇率" →
 * {@code ren-min-bi-hui-lu}. ICU transliterates to Latin, then to ASCII, before the text is
 * slugged; without it every non-Latin headline would be {@code untitled}.
 */
final class HeadlineSlug {

    /** Slugs longer than this are cut at a hyphen: file names and URLs stay readable. */
    static final int MAX_SLUG = 60;

    private static final String TO_ASCII = "Any-Latin; Latin-ASCII";

    private HeadlineSlug() {
    }

    /** The slug, or empty when nothing in the headline can be written in letters or digits. */
    static Optional<String> of(String headline) {
        // A transliterator is cheap to get (ICU caches the rules) and, being made per call, never shared.
        String ascii = Transliterator.getInstance(TO_ASCII).transliterate(headline);
        boolean hasWord = ascii.chars().anyMatch(c -> c < 128 && Character.isLetterOrDigit(c));
        return hasWord ? Optional.of(cut(Slug.fromText(ascii))) : Optional.empty();
    }

    private static String cut(String slug) {
        if (slug.length() <= MAX_SLUG) {
            return slug;
        }
        int cut = slug.lastIndexOf('-', MAX_SLUG);
        return slug.substring(0, cut > 0 ? cut : MAX_SLUG);
    }
}
