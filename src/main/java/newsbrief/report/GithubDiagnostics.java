package newsbrief.report;

import java.io.PrintWriter;
import java.util.List;
import newsbrief.diag.Diagnostic;
import newsbrief.diag.VisibleText;

/**
 * Writes diagnostics as GitHub Actions workflow commands, which GitHub shows as annotations on
 * the lines of a pull request:
 * <pre>
 * ::error file=content/briefs/x.md,line=19,col=1,title=section-missing::section "The Signal" is missing...
 * </pre>
 * One diagnostic is one line whatever the content holds: line ends in it are escaped as the
 * toolkit escapes them, and other control characters are shown as {@code <U+001B>}, so no text
 * from a brief can start a workflow command of its own. {@code ::} in a message is harmless:
 * the runner ends the properties at the first {@code ::}, and in a property ':' is escaped.
 */
public final class GithubDiagnostics {

    public void write(List<Diagnostic> diagnostics, PrintWriter out) {
        for (Diagnostic d : diagnostics) {
            String message = VisibleText.of(d.message())
                    + d.hint().map(hint -> "\nhint: " + VisibleText.of(hint)).orElse("");
            out.println("::" + d.severity().label()
                    + " file=" + property(VisibleText.of(d.path()))
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
