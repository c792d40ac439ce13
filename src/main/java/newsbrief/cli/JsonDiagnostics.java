package newsbrief.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.List;
import newsbrief.diag.Diagnostic;

/**
 * Writes diagnostics as a JSON array, for editors and scripts:
 * <pre>
 * [ {"file": "content/briefs/x.md", "line": 19, "column": 1, "severity": "error",
 *    "rule": "section-missing", "message": "...", "hint": "..."} ]
 * </pre>
 * {@code hint} is null when there is none.
 */
final class JsonDiagnostics {

    /** One diagnostic as written; field order is the order above. */
    record Entry(String file, int line, int column, String severity, String rule, String message, String hint) {
        static Entry of(Diagnostic d) {
            return new Entry(d.path(), d.position().line(), d.position().column(), d.severity().label(), d.rule(),
                    d.message(), d.hint().orElse(null));
        }
    }

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    void write(List<Diagnostic> diagnostics, PrintWriter out) {
        try {
            out.println(mapper.writeValueAsString(diagnostics.stream().map(Entry::of).toList()));
            out.flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("diagnostics are plain records and always serialise", e);
        }
    }
}
