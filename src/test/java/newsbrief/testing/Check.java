package newsbrief.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import newsbrief.model.ContentKey;
import newsbrief.content.BriefParser;
import newsbrief.content.ContentScanner;
import newsbrief.diag.Diagnostic;
import newsbrief.diag.DiagnosticPrinter;
import newsbrief.diag.Diagnostics;
import newsbrief.html.BriefHtml;
import newsbrief.html.HtmlStorage;
import newsbrief.diag.RepeatCap;
import newsbrief.model.Brief;
import newsbrief.model.RawHtml;
import newsbrief.schema.BriefSchema;
import newsbrief.schema.BriefValidator;
import newsbrief.schema.SchemaLoader;

/** Runs one brief file through load, parse, validate and HTML, as a build does, for tests. */
public final class Check {

    private final Diagnostics diagnostics = new Diagnostics();
    private final Optional<Brief> brief;

    private Check(Path file, BriefSchema schema) {
        ContentScanner scanner = new ContentScanner(Path.of(""));
        BriefValidator validator = new BriefValidator(schema, RawHtml.SANITIZE);
        BriefHtml html = new BriefHtml(RawHtml.SANITIZE, HtmlStorage.PLAIN);
        BriefParser parser = new BriefParser(schema.policy());
        brief = scanner.read(file, diagnostics).map(source -> parser.parse(source, diagnostics))
                .flatMap(validator::validate).map(valid -> html.render(valid, ContentKey.of("test", file.toString())));
    }

    public static Check brief(Path file) {
        return new Check(file, SchemaLoader.defaultSchema());
    }

    public static Check brief(Path file, BriefSchema schema) {
        return new Check(file, schema);
    }

    public Optional<Brief> result() {
        return brief;
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics.sorted();
    }

    /** The diagnostics as the command line prints them. */
    public String printed() {
        StringWriter text = new StringWriter();
        new DiagnosticPrinter(new PrintWriter(text)).print(RepeatCap.apply(diagnostics.sorted()));
        return text.toString();
    }
}
