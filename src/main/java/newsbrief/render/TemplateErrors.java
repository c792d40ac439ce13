package newsbrief.render;

import gg.jte.TemplateException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsbrief.diag.Diagnostic;
import newsbrief.diag.Excerpt;
import newsbrief.diag.Rule;
import newsbrief.diag.SourcePosition;

/**
 * A jte failure as diagnostics at the template's file and line, with jte's message:
 * <pre>
 * templates/brief.jte:12:1: error: cannot find symbol: method noSuchPart() [template-error]
 * </pre>
 * jte 3.2.5 has no structured error: {@link TemplateException} carries only a message, so its four
 * shapes are read here, and nowhere else. Anything else is reported whole at the templates folder.
 */
public final class TemplateErrors {

    /** "Failed to compile brief.jte, error at line 4: Unclosed tag &lt;p&gt;. ..." (jte's own parser). */
    private static final Pattern PARSE = Pattern.compile("Failed to compile (\\S+\\.jte), error at line (\\d+): (.*)",
            Pattern.DOTALL);
    /** "Failed to render brief.jte, error at brief.jte:3", the cause being what the template threw. */
    private static final Pattern RENDER = Pattern.compile("Failed to render \\S+\\.jte, error at (\\S+\\.jte):(\\d+)");
    /** "nothere.jte not found (tried to load file at ...), referenced at brief.jte:2". */
    private static final Pattern NOT_FOUND = Pattern.compile(
            "(\\S+\\.jte) not found.*?(?:, referenced at (\\S+\\.jte):(\\d+))?", Pattern.DOTALL);
    /** After "Failed to compile template:", each javac error: "brief.jte:4" then "X.java:12: error: ...". */
    private static final Pattern COMPILE = Pattern.compile(
            "^(\\S+\\.jte):(\\d+)\\R[^\\n]*?\\.java:\\d+: error: ([^\\n]*)((?:\\R(?!\\S+\\.jte:\\d+$)[^\\n]*)*)",
            Pattern.MULTILINE);
    private static final Pattern JAVAC_DETAIL = Pattern.compile("^\\s*(symbol|location):\\s+(.*)$", Pattern.MULTILINE);

    private TemplateErrors() {
    }

    /**
     * @param e           what jte threw, compiling or rendering
     * @param templates   the templates folder the names in jte's message are relative to
     * @param displayPath how a path is shown in diagnostics (the scanner's {@code displayPath})
     */
    public static List<Diagnostic> toDiagnostics(TemplateException e, Path templates, Function<Path, String> displayPath) {
        String message = e.getMessage() == null ? "" : e.getMessage().strip();
        Located at = new Located(templates, displayPath);
        Matcher parse = PARSE.matcher(message);
        if (parse.matches()) {
            return List.of(at.diagnostic(parse.group(1), parse.group(2), oneLine(parse.group(3))));
        }
        Matcher render = RENDER.matcher(message);
        if (render.matches()) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return List.of(at.diagnostic(render.group(1), render.group(2), "the template failed while rendering: "
                    + cause.getClass().getSimpleName() + Optional.ofNullable(cause.getMessage()).map(m -> ": " + oneLine(m))
                    .orElse("")));
        }
        Matcher notFound = NOT_FOUND.matcher(message);
        if (notFound.matches()) {
            String text = "template \"" + notFound.group(1) + "\" not found";
            return List.of(notFound.group(2) == null ? at.folder(text) : at.diagnostic(notFound.group(2),
                    notFound.group(3), text));
        }
        List<Diagnostic> compiled = compileErrors(message, at);
        return compiled.isEmpty() ? List.of(at.folder(oneLine(message.isEmpty() ? e.toString() : message))) : compiled;
    }

    private static List<Diagnostic> compileErrors(String message, Located at) {
        List<Diagnostic> found = new ArrayList<>();
        Matcher error = COMPILE.matcher(message);
        while (error.find()) {
            StringBuilder text = new StringBuilder(error.group(3).strip());
            Matcher detail = JAVAC_DETAIL.matcher(error.group(4));
            while (detail.find()) {
                text.append(detail.group(1).equals("symbol") ? ": " : " in ").append(detail.group(2).strip());
            }
            found.add(at.diagnostic(error.group(1), error.group(2), text.toString()));
        }
        return found;
    }

    /** Messages are one line: javac's and jte's may run over several. */
    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** Turns a template name and line from jte's message into a place in the templates folder. */
    private record Located(Path templates, Function<Path, String> displayPath) {

        Diagnostic diagnostic(String template, String line, String message) {
            Path file = templates.resolve(template);
            int number = Math.max(1, Integer.parseInt(line));
            return new Diagnostic(displayPath.apply(file), SourcePosition.of(number, 1), Rule.TEMPLATE_ERROR.defaultSeverity(),
                    Rule.TEMPLATE_ERROR, message, Optional.empty(), lineOf(file, number).flatMap(text -> Excerpt.of(text, 1)));
        }

        Diagnostic folder(String message) {
            return Diagnostic.of(displayPath.apply(templates), SourcePosition.START, Rule.TEMPLATE_ERROR, message);
        }

        /** The template's line, for the excerpt; none when the template cannot be read (it is in the jar). */
        private static Optional<String> lineOf(Path file, int number) {
            try {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                return number <= lines.size() && !lines.get(number - 1).isBlank()
                        ? Optional.of(lines.get(number - 1)) : Optional.empty();
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        }
    }
}
