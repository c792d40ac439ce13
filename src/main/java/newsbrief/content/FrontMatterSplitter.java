package newsbrief.content;

import java.util.Optional;
import newsbrief.diag.FileDiagnostics;
import newsbrief.diag.Rule;
import newsbrief.diag.SourcePosition;

/**
 * Splits a brief into its YAML front matter and its Markdown body (src/docs/BRIEF-FORMAT.md, "Front matter"):
 * <pre>
 * ---                  line 1
 * title: "Headline"    yaml, from line 2
 * ---
 * ## The Summary       body, from the line after the closing fence
 * </pre>
 */
public final class FrontMatterSplitter {

    /**
     * The two halves of a brief.
     *
     * @param yaml          the front matter text, empty when there is none
     * @param yamlFirstLine the file line on which the front matter text starts
     * @param body          the Markdown body
     * @param bodyFirstLine the file line on which the body starts
     * @param bodyFound     false when the front matter is not closed, so where the body starts is unknown
     */
    public record Split(Optional<String> yaml, int yamlFirstLine, String body, int bodyFirstLine, boolean bodyFound) {
    }

    public Split split(String text, FileDiagnostics report) {
        String[] lines = text.split("\n", -1);
        if (lines.length == 0 || !isFence(lines[0])) {
            report.add(SourcePosition.START, Rule.FRONT_MATTER_MISSING,
                    "front matter is missing; expected a \"---\" line at the start of the file",
                    "start the file with \"---\", the title and date, and another \"---\"");
            return new Split(Optional.empty(), 1, text, 1, true);
        }
        for (int i = 1; i < lines.length; i++) {
            if (isFence(lines[i]) || lines[i].stripTrailing().equals("...")) {
                String yaml = String.join("\n", java.util.Arrays.asList(lines).subList(1, i));
                String body = String.join("\n", java.util.Arrays.asList(lines).subList(i + 1, lines.length));
                return new Split(Optional.of(yaml), 2, body, i + 2, true);
            }
        }
        report.add(SourcePosition.START, Rule.FRONT_MATTER_UNCLOSED,
                "front matter is not closed; expected a \"---\" line after it",
                "add a \"---\" line between the front matter and \"## The Summary\"");
        return new Split(Optional.empty(), 2, "", lines.length + 1, false);
    }

    private static boolean isFence(String line) {
        return line.stripTrailing().equals("---");
    }
}
