package newsbrief.content;

import newsbrief.diag.FileDiagnostics;
import newsbrief.diag.Rule;
import newsbrief.diag.SourcePosition;
import newsbrief.diag.VisibleText;

/**
 * Control characters in a source file: C0 controls but tab and line feed, DEL, and C1 controls.
 * No HTML page may hold them (the Nu checker refuses them), most editors do not show them, and
 * a YAML escape such as {@code "\x07"} writes one without its being seen; each is an error at its
 * line, before it can reach a page.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /** Whether {@code c} may not stand in a brief. */
    public static boolean isForbidden(int c) {
        return c < 0x20 && c != '\t' && c != '\n' || c >= 0x7F && c <= 0x9F;
    }

    /** Whether the text holds one. */
    public static boolean any(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isForbidden(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reports the first one on each line of {@code text}, a part of a file that starts at line
     * {@code firstLine}, and returns the text with every one made a space, so that a parser reads
     * on instead of reporting the same character again as its own error.
     */
    public static String reportAndBlank(String text, int firstLine, FileDiagnostics report) {
        if (!any(text)) {
            return text;
        }
        StringBuilder blanked = new StringBuilder(text);
        int line = firstLine;
        int lineStart = 0;
        boolean reported = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
                reported = false;
            } else if (isForbidden(c)) {
                blanked.setCharAt(i, ' ');
                if (!reported) {
                    report.add(SourcePosition.of(line, i - lineStart + 1), Rule.CONTROL_CHARACTER, "control character "
                            + VisibleText.codePoint(c) + " is not allowed; a page cannot hold it",
                            "delete it; many editors do not show it");
                    reported = true;
                }
            }
        }
        return blanked.toString();
    }

    /** Reports a YAML value that an escape ({@code "\x07"}, {@code "\a"}) gave a control character. */
    static void reportEscaped(String value, SourcePosition position, FileDiagnostics report) {
        value.chars().filter(ControlCharacters::isForbidden).findFirst().ifPresent(c -> report.add(position,
                Rule.CONTROL_CHARACTER, "the value holds control character " + VisibleText.codePoint(c)
                        + ", written as an escape; a page cannot hold it",
                "remove the escape from the quoted text"));
    }
}
