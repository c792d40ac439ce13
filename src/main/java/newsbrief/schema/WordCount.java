package newsbrief.schema;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Counts words as readers of any language do, with ICU's word boundaries: words between spaces
 * in English, and in Japanese, Chinese or Thai, which put no spaces between words, the words of
 * ICU's dictionaries ("東京都に住む" is four, not one). Only word-like segments count: letters,
 * numbers, kana and ideographs, never spaces or punctuation ("—" is none, "U.S." one), and words
 * joined by a hyphen are one, as word processors count them ("end-of-life").
 */
final class WordCount {

    /**
     * One iterator per thread, made once and reused: making one costs far more than counting a
     * brief, and an iterator holds the text it walks, so it cannot be shared.
     */
    private static final ThreadLocal<BreakIterator> WORDS =
            ThreadLocal.withInitial(() -> BreakIterator.getWordInstance(ULocale.ROOT));

    private WordCount() {
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    static int of(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        BreakIterator words = WORDS.get();
        words.setText(text);
        int count = 0;
        boolean afterWord = false;
        boolean afterJoin = false;
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            boolean word = words.getRuleStatus() >= BreakIterator.WORD_NONE_LIMIT;
            if (word && !afterJoin) {
                count++;
            }
            // "end-of-life" is one word to editors and their word processors, three to ICU.
            afterJoin = afterWord && end - start == 1 && isHyphen(text.charAt(start));
            afterWord = word;
        }
        return count;
    }
}
