package newsbrief.importer;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A brief made from a file, ready to be written.
 *
 * @param day  its date's day, for the file name
 * @param slug its slug, for the file name
 * @param text the whole file: front matter and body
 */
public record ImportedBrief(LocalDate day, String slug, String text) {

    public ImportedBrief {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(text, "text");
    }
}
