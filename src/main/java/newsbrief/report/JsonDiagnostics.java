package newsbrief.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import newsbrief.diag.Diagnostic;
import newsbrief.diag.VisibleText;
import newsbrief.diag.Excerpt;

/**
 * Writes diagnostics as a JSON array, for editors and scripts:
 * <pre>
 * [ {"file": "content/briefs/x.md", "line": 19, "column": 1, "severity": "error",
 *    "rule": "section-missing", "message": "...", "hint": "...", "source": "## The Implication"} ]
 * </pre>
 * {@code hint} and {@code source} (the offending line, or about 80 characters of it around the
 * column) are null when there is none. Values are the content's text exactly; every control
 * character in them is written as a JSON escape ({@code \u001b}), so the JSON, printed as it is,
 * cannot act on a terminal or a log.
 */
public final class JsonDiagnostics {

    /** One diagnostic as written; field order is the order above. */
    public record Entry(String file, int line, int column, String severity, String rule, String message, String hint,
            String source) {
        public static Entry of(Diagnostic d) {
            return new Entry(d.path(), d.position().line(), d.position().column(), d.severity().label(), d.rule().id(),
                    d.message(), d.hint().orElse(null), d.excerpt().map(Excerpt::text).orElse(null));
        }
    }

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public JsonDiagnostics() {
        mapper.getFactory().setCharacterEscapes(new ControlEscapes());
    }

    /**
     * Jackson escapes C0 controls itself; DEL, C1, the line separators and the bidi controls are
     * valid raw in JSON, so those are added.
     */
    private static final class ControlEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] ascii = standardAsciiEscapesForJSON();

        ControlEscapes() {
            ascii[0x7F] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return VisibleText.isInvisibleControl(ch)
                    ? new SerializedString(String.format(Locale.ROOT, "\\u%04x", ch)) : null;
        }
    }

    public void write(List<Diagnostic> diagnostics, PrintWriter out) {
        out.println(toJson(diagnostics));
        out.flush();
    }

    /** The array as text. */
    public String toJson(List<Diagnostic> diagnostics) {
        try {
            return mapper.writeValueAsString(diagnostics.stream().map(Entry::of).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("diagnostics are plain records and always serialise", e);
        }
    }
}
