package newsbrief.schema;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * Counts sentences in plain text, for the "one or two sentences per bullet" rule. One instance
 * serves one thread: the JDK's iterator is costly to make and not thread-safe.
 */
final class Sentences {

    private final BreakIterator iterator = BreakIterator.getSentenceInstance(Locale.ROOT);

    /**
     * The number of sentences, by the JDK's sentence rules, which know that "U.S. rates" and
     * "3.5 percent" do not end a sentence.
     */
    int count(String text) {
        String stripped = text.strip();
        iterator.setText(stripped);
        int count = 0;
        int start = iterator.first();
        for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
            if (!stripped.substring(start, end).isBlank()) {
                count++;
            }
        }
        return count;
    }
}
