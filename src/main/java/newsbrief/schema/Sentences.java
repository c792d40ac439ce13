package newsbrief.schema;

import java.text.BreakIterator;
import java.util.Locale;

/** Counts sentences in plain text, for the "one or two sentences per bullet" rule. */
final class Sentences {

    private Sentences() {
    }

    /**
     * The number of sentences, by the JDK's sentence rules, which know that "U.S. rates" and
     * "3.5 percent" do not end a sentence.
     */
    static int count(String text) {
        BreakIterator iterator = BreakIterator.getSentenceInstance(Locale.ROOT);
        iterator.setText(text.strip());
        int count = 0;
        int start = iterator.first();
        for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
            if (!text.strip().substring(start, end).isBlank()) {
                count++;
            }
        }
        return count;
    }
}
