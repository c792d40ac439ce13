package newsbrief;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import newsbrief.content.BriefParser;
import newsbrief.content.ContentScanner;
import newsbrief.content.SourceFile;
import newsbrief.diag.Diagnostic;
import newsbrief.diag.Diagnostics;
import newsbrief.html.BriefHtml;
import newsbrief.html.HtmlStorage;
import newsbrief.model.Brief;
import newsbrief.model.ContentKey;
import newsbrief.schema.BriefKeys;
import newsbrief.schema.BriefValidator;

/**
 * Load, parse, validate and render to HTML for one brief file: the stages that depend on that file
 * alone, so a run can do them for every file in parallel, and again for a changed file only.
 * Thread-safe.
 */
public final class BriefReader {

    /**
     * What one file gave.
     *
     * @param file        the file
     * @param diagnostics its problems, sorted
     * @param brief       the brief, when it has no error
     * @param keys        what the rules over all briefs compare, when the file could be read
     */
    public record Outcome(Path file, List<Diagnostic> diagnostics, Optional<Brief> brief, Optional<BriefKeys> keys) {
        public Outcome {
            Objects.requireNonNull(file, "file");
            diagnostics = List.copyOf(diagnostics);
            Objects.requireNonNull(brief, "brief");
            Objects.requireNonNull(keys, "keys");
        }
    }

    private final ContentScanner scanner;
    private final BriefParser parser;
    private final BriefValidator validator;
    private final BriefHtml html;

    /** @param storage how section HTML is held until its pages are written */
    public BriefReader(ContentScanner scanner, Settings settings, HtmlStorage storage) {
        this.scanner = scanner.withMaxFileBytes(settings.config().maxFileBytes());
        this.parser = new BriefParser(settings.schema().policy());
        this.validator = new BriefValidator(settings.schema(), settings.config().rawHtml(),
                settings.config().timeZone());
        this.html = new BriefHtml(settings.config().rawHtml(), settings.config().basePath(), storage);
    }

    /** How to hold the HTML of briefs these files give, in this JVM's heap. */
    public static HtmlStorage storageFor(List<Path> files) {
        long bytes = files.stream().mapToLong(file -> file.toFile().length()).sum();
        return HtmlStorage.forSite(bytes, Runtime.getRuntime().maxMemory());
    }

    public Outcome read(Path file) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<SourceFile> source = scanner.read(file, diagnostics);
        Optional<BriefValidator.Validated> validated = source.map(text -> parser.parse(text, diagnostics))
                .map(validator::check);
        Optional<Brief> brief = validated.flatMap(BriefValidator.Validated::brief)
                // The path is part of the key: a renamed file gives another slug, and every page that
                // links to the brief changes with it.
                .map(valid -> html.render(valid, ContentKey.of("brief", source.get().displayPath() + "\u0000"
                        + source.get().text())));
        return new Outcome(file, diagnostics.sorted(), brief, validated.map(BriefValidator.Validated::keys));
    }

    /** The brief files of a content folder, in path order; links out of it are reported. */
    public List<Path> find(Path content, Diagnostics diagnostics) {
        return scanner.findBriefs(content.resolve("briefs"), content, diagnostics);
    }
}
