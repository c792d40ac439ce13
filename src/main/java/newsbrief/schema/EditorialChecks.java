package newsbrief.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Editorial checks from the schema's {@code checks:} block: problems a copy editor would catch.
 * Each is a warning unless the schema gives it another severity or switches it off.
 *
 * @param placeholders   words that mark unfinished copy: "TK", "TODO", "lorem ipsum"
 * @param headlineMax    most characters a headline should have
 * @param bulletWordsMax most words in one bullet of a bullet-counted section
 * @param briefWords     the range of words of a whole brief
 * @param linkUrls       whether body links must be absolute http(s) or mailto URLs
 * @param linkText       whether body links must have text
 */
public record EditorialChecks(List<String> placeholders, Optional<Integer> headlineMax,
        Optional<Integer> bulletWordsMax, Optional<WordLimit> briefWords, boolean linkUrls, boolean linkText) {

    public static final EditorialChecks NONE = new EditorialChecks(List.of(), Optional.empty(), Optional.empty(),
            Optional.empty(), false, false);

    public EditorialChecks {
        placeholders = List.copyOf(placeholders);
        Objects.requireNonNull(headlineMax, "headlineMax");
        Objects.requireNonNull(bulletWordsMax, "bulletWordsMax");
        Objects.requireNonNull(briefWords, "briefWords");
    }
}
