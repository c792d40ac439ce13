package newsbrief.model;

/** Counts words as readers do: runs of text holding a letter or digit ("U.S." is one, "—" none). */
public final class Words {

    private Words() {
    }

    public static int count(String text) {
        int words = 0;
        boolean inToken = false;
        boolean tokenHasWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (tokenHasWord) {
                    words++;
                }
                inToken = false;
                tokenHasWord = false;
            } else {
                inToken = true;
                tokenHasWord |= Character.isLetterOrDigit(c);
            }
        }
        return inToken && tokenHasWord ? words + 1 : words;
    }
}
