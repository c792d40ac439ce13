package newsbrief.schema;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import newsbrief.diag.SourcePosition;

/**
 * What the rules over all briefs compare ({@link CollectionValidator}): slug, title, date and
 * tags, as far as a brief gave them validly. A brief with errors has keys too, so one run
 * reports a duplicate slug in a brief that is broken in other ways as well.
 *
 * @param sourcePath the file, as shown in diagnostics
 * @param slug       the page it would have
 * @param title      its headline
 * @param date       its calendar date
 * @param tags       its tags
 * @param positions  where each front matter key was written
 */
public record BriefKeys(String sourcePath, Optional<String> slug, Optional<String> title, Optional<LocalDate> date,
        List<String> tags, Map<String, SourcePosition> positions) {

    public BriefKeys {
        Objects.requireNonNull(sourcePath, "sourcePath");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        tags = List.copyOf(tags);
        positions = Map.copyOf(positions);
    }

    /** Where a front matter key was written, else the start of the file. */
    public SourcePosition positionOf(String key) {
        return positions.getOrDefault(key, SourcePosition.START);
    }
}
