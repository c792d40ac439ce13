package newsbrief.importer;

import java.util.List;
import newsbrief.schema.SectionRule;

/** One block of an imported brief's body, with its text as the editor wrote it (nothing escaped yet). */
sealed interface BodyBlock {

    /** A line that names a section of the schema: it is written as the section's own heading. */
    record SectionStart(SectionRule rule) implements BodyBlock {
    }

    /** A paragraph of one line. */
    record Paragraph(String text) implements BodyBlock {
    }

    /** Consecutive bullet lines, without their markers. */
    record Bullets(List<String> items) implements BodyBlock {
        public Bullets {
            items = List.copyOf(items);
        }
    }

    /** A line that is wholly a quotation, with its attribution: a block quote. */
    record PullQuote(String text) implements BodyBlock {
    }
}
