package newsbrief.report;

import java.io.PrintWriter;
import java.util.List;
import newsbrief.diag.Diagnostic;

/**
 * Writes diagnostics as GitHub Actions workflow commands, which GitHub shows as annotations on
 * the lines of a pull request:
 * <pre>
 * ::error file=content/briefs/x.md,line=19,col=1,title=section-missing::section "The Signal" is missing...
 * </pre>
 */
public final class GithubDiagnostics {

    public void write(List<Diagnostic> diagnostics, PrintWriter out) {
        for (Diagnostic d : diagnostics) {
            String message = d.message() + d.hint().map(hint -> "\nhint: " + hint).orElse("");
            out.println("::" + d.severity().label()
                    + " file=" + property(d.path())
                    + ",line=" + d.position().line()
                    + ",col=" + d.position().column()
                    + ",title=" + property(d.rule().id())
                    + "::" + data(message));
        }
        out.flush();
    }

    /** The escaping of GitHub's toolkit (toolkit/packages/core/src/command.ts) for a message. */
    public static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** The same for a property value, where ':' and ',' separate fields. */
    public static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
