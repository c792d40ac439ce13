package newsbrief.schema;

import java.util.Objects;
import java.util.Optional;
import newsbrief.diag.Severity;

/**
 * A range of words, e.g. a section's {@code words: {min: 40, max: 250, severity: error}}.
 *
 * @param min      fewest words
 * @param max      most words
 * @param severity how a count outside the range is reported
 */
public record WordLimit(Optional<Integer> min, Optional<Integer> max, Severity severity) {

    public WordLimit {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(severity, "severity");
    }

    /** Whether {@code words} lies outside the range. */
    public boolean excludes(int words) {
        return min.isPresent() && words < min.get() || max.isPresent() && words > max.get();
    }

    /** "40 to 250", "at least 40" or "at most 250", for messages. */
    public String describe() {
        if (min.isPresent() && max.isPresent()) {
            return min.get() + " to " + max.get();
        }
        return min.map(n -> "at least " + n).orElseGet(() -> "at most " + max.orElse(0));
    }
}
