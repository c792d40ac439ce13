package newsbrief.render;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import newsbrief.content.LabelSets;
import newsbrief.model.Labels;
import newsbrief.model.SiteConfig;

/**
 * The interface words of a site as pages, feeds and emails show them: each label's pattern
 * formatted with ICU's MessageFormat in the site's language, so a number takes its plural form
 * ("1 word", "2 words") and its digits as the language groups them. A key the site's labels lack
 * is English. Thread-safe: pages are rendered in parallel.
 * <pre>
 * labels.text("sources")                                        // "Sources"
 * labels.format("pagePosition", "number", 2, "count", 5)        // "Page 2 of 5"
 * </pre>
 */
public final class LabelText {

    /** Stands for a placeholder the template wraps in markup, to cut the text around it. */
    private static final String MARK = "\uE000";

    private final Labels labels;
    private final ULocale locale;
    private final ConcurrentMap<String, MessageFormat> formats = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, String> texts = new ConcurrentHashMap<>();

    /**
     * @param labels      the site's labels, checked when site.yaml was read
     * @param languageTag the site's language, for plural rules and numbers
     */
    public LabelText(Labels labels, String languageTag) {
        this.labels = labels;
        this.locale = ULocale.forLanguageTag(languageTag);
    }

    public static LabelText of(SiteConfig config) {
        return new LabelText(config.labels(), config.language());
    }

    /** A label without placeholders. */
    public String text(String key) {
        return texts.computeIfAbsent(key, this::format);
    }

    /**
     * A label with its placeholders filled: {@code namesAndValues} are pairs of a placeholder's
     * name and its value, a number or a text.
     *
     * @throws IllegalArgumentException for a key that is no label, which a template shows as its error
     */
    public String format(String key, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("label \"" + key + "\" needs names and values in pairs");
        }
        Map<String, Object> arguments = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            arguments.put(String.valueOf(namesAndValues[i]), namesAndValues[i + 1]);
        }
        MessageFormat format = formats.computeIfAbsent(key, this::compile);
        // ICU's MessageFormat is not thread-safe; formatting one label takes microseconds.
        synchronized (format) {
            return format.format(arguments);
        }
    }

    /**
     * A label cut at one placeholder, for a template that marks that placeholder up itself:
     * "Updated {date}" gives "Updated " and "", and the template writes {@code <time>} between.
     */
    public Around around(String key, String name, Object... namesAndValues) {
        Object[] all = new Object[namesAndValues.length + 2];
        all[0] = name;
        all[1] = MARK;
        System.arraycopy(namesAndValues, 0, all, 2, namesAndValues.length);
        String text = format(key, all);
        int at = text.indexOf(MARK);
        return at < 0 ? new Around(text, "") : new Around(text.substring(0, at), text.substring(at + MARK.length()));
    }

    /** The text of a label before and after the placeholder it was cut at. */
    public record Around(String before, String after) {
    }

    private String format(String key) {
        return format(key, new Object[0]);
    }

    private MessageFormat compile(String key) {
        String pattern = labels.pattern(key).or(() -> LabelSets.english().pattern(key)).orElseThrow(
                () -> new IllegalArgumentException("there is no label \"" + key
                        + "\"; the keys are those of newsbrief/labels/en.yaml"));
        return new MessageFormat(pattern, locale);
    }
}
