package newsbrief.diag;

/**
 * Makes text from a brief safe to print in a diagnostic: a character that would act on the
 * terminal or the log instead of showing is written as its code point, {@code <U+001B>}. Content
 * reaches diagnostics verbatim (a YAML key, a file name, a source line), and without this a
 * newline in a key starts a line of its own, which in a GitHub build log can be a workflow
 * command ({@code ::error ...::}); ESC and BEL reach the terminal; a bidi override makes a line
 * read otherwise than it is.
 *
 * <p>Escaped: C0 controls but tab, DEL, C1 controls, the Unicode line and paragraph separators,
 * and the bidi controls (marks, embeddings, overrides, isolates).
 */
public final class VisibleText {

    private VisibleText() {
    }

    /** Whether {@code c} would not show as itself in a diagnostic. */
    public static boolean isInvisibleControl(int c) {
        return c < 0x20 && c != '\t'
                || c >= 0x7F && c <= 0x9F
                || c == 0x2028 || c == 0x2029
                || c == 0x061C || c == 0x200E || c == 0x200F
                || c >= 0x202A && c <= 0x202E
                || c >= 0x2066 && c <= 0x2069;
    }

    /** {@code text} with every such character written as its code point, such as {@code <U+001B>}; the same string when there is none. */
    public static String of(String text) {
        int first = firstInvisible(text);
        if (first < 0) {
            return text;
        }
        StringBuilder shown = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isInvisibleControl(c)) {
                shown.append(codePoint(c));
            } else {
                shown.append(c);
            }
        }
        return shown.toString();
    }

    /** {@code U+001B} written as {@code <U+001B>}. */
    public static String codePoint(int c) {
        return String.format(java.util.Locale.ROOT, "<U+%04X>", c);
    }

    private static int firstInvisible(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isInvisibleControl(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
