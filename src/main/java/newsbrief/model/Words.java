package newsbrief.model;

/** Words in text: counting them as readers do, and spacing them plainly. */
public final class Words {

    private Words() {
    }

    /** The text with every run of white space made one space, none at the ends: " a \n b " → "a b". */
    public static String collapseWhitespace(String text) {
        StringBuilder flat = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = flat.length() > 0;
            } else {
                if (space) {
                    flat.append(' ');
                    space = false;
                }
                flat.append(c);
            }
        }
        return flat.toString();
    }

    /** How many words: runs of text holding a letter or digit ("U.S." is one, "—" none). */
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
