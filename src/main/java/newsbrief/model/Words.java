package newsbrief.model;

/** Counts words as readers do: runs of text holding a letter or digit ("U.S." is one, "—" none). */
public final class Words {

    private Words() {
    }

    public static int count(String text) {
        int words = 0;
        for (String token : text.strip().split("\\s+")) {
            if (token.codePoints().anyMatch(Character::isLetterOrDigit)) {
                words++;
            }
        }
        return words;
    }
}
