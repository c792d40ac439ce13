package newsbrief.importer;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the editor gave {@code import} besides the files.
 *
 * @param date    {@code --date}: the date of every brief, instead of the header's
 * @param tags    {@code --tags}: the tags of every brief, instead of the header's
 * @param publish {@code --publish}: write briefs that are not drafts
 * @param today   the day of briefs that are given no date ({@code --now}, or the clock's)
 */
public record ImportOptions(Optional<String> date, Optional<List<String>> tags, boolean publish, LocalDate today) {

    public ImportOptions {
        Objects.requireNonNull(date, "date");
        tags = tags.map(List::copyOf);
        Objects.requireNonNull(today, "today");
    }
}
