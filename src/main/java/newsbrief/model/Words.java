package newsbrief.model;

/** Words in text, spaced plainly. (They are counted by the schema stage, with ICU.) */
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
}
