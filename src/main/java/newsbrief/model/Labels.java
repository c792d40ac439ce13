package newsbrief.model;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The interface words of a site, by key: every word a page, feed or email edition shows that is
 * not from the content ("Sources", "Read the brief", "Page 2 of 5"). Each is an ICU MessageFormat
 * pattern with named placeholders, {@code "Page {number} of {count}"}, checked when
 * {@code site.yaml} is read. The keys are those of {@code newsbrief/labels/en.yaml}; a key this
 * set lacks is shown in English.
 *
 * @param patterns the patterns by key, sorted, so that two equal sets print alike
 */
public record Labels(SortedMap<String, String> patterns) {

    /** No words of its own: every label is English. */
    public static final Labels ENGLISH = new Labels(new TreeMap<>());

    public Labels {
        patterns = Collections.unmodifiableSortedMap(new TreeMap<>(patterns));
    }

    public static Labels of(Map<String, String> patterns) {
        return new Labels(new TreeMap<>(patterns));
    }

    /** The pattern of a key, if this set has one. */
    public Optional<String> pattern(String key) {
        return Optional.ofNullable(patterns.get(key));
    }
}
