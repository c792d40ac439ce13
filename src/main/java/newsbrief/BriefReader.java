package newsbrief;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import newsbrief.content.BriefParser;
import newsbrief.content.ContentScanner;
import newsbrief.content.MarkdownHtml;
import newsbrief.diag.Diagnostic;
import newsbrief.diag.Diagnostics;
import newsbrief.model.Brief;
import newsbrief.schema.BriefKeys;
import newsbrief.schema.BriefValidator;

/**
 * Load, parse and validate for one brief file: the work that depends on that file alone, so a
 * build can do it for every file in parallel, and the preview server again for a changed file
 * only. Thread-safe.
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

    public BriefReader(ContentScanner scanner, Settings settings) {
        this(scanner, settings, false);
    }

    /** @param deflateHtml keep section HTML deflated in memory (see {@link #needsDeflating}) */
    public BriefReader(ContentScanner scanner, Settings settings, boolean deflateHtml) {
        this.scanner = scanner.withMaxFileBytes(settings.config().maxFileBytes());
        this.parser = new BriefParser(settings.schema().policy());
        this.validator = new BriefValidator(settings.schema(), new MarkdownHtml(settings.config().rawHtml()),
                deflateHtml);
    }

    /**
     * Whether briefs this large would crowd the heap as plain strings: their HTML is about as
     * large as their Markdown, and a quarter of the heap is what a build may spend on it.
     */
    public static boolean needsDeflating(List<Path> files) {
        long bytes = files.stream().mapToLong(file -> file.toFile().length()).sum();
        return bytes > Runtime.getRuntime().maxMemory() / 4;
    }

    public Outcome read(Path file) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<BriefValidator.Validated> validated = scanner.read(file, diagnostics)
                .map(source -> parser.parse(source, diagnostics))
                .map(validator::check);
        return new Outcome(file, diagnostics.sorted(), validated.flatMap(BriefValidator.Validated::brief),
                validated.map(BriefValidator.Validated::keys));
    }

    /** The brief files of a content folder, in path order; links out of it are reported. */
    public List<Path> find(Path content, Diagnostics diagnostics) {
        return scanner.findBriefs(content.resolve("briefs"), content, diagnostics);
    }
}
