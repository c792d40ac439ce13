package newsbrief.schema;

import java.util.LinkedHashSet;
import java.util.Set;
import newsbrief.diag.VisibleText;

/**
 * Characters that show as nothing or as a plain space, named in a message so that "unknown
 * section "The Signal"" never looks identical to the section it was meant to be.
 */
final class Invisibles {

    private Invisibles() {
    }

    /** {@code " (it holds invisible <U+3164>)"}, or empty when every character shows. */
    static String describe(String text) {
        Set<String> found = new LinkedHashSet<>();
        text.codePoints().filter(Invisibles::isInvisible).forEach(c -> found.add(VisibleText.codePoint(c)));
        return found.isEmpty() ? "" : " (it holds invisible " + String.join(", ", found) + ")";
    }

    static boolean isInvisible(int c) {
        int type = Character.getType(c);
        return type == Character.FORMAT || type == Character.CONTROL || Character.isSpaceChar(c) && c != ' '
                || c == 0x034F || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || c == 0x2800;
    }
}
