package newsbrief.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import newsbrief.Settings;
import newsbrief.content.BriefParser;
import newsbrief.content.ContentScanner;
import newsbrief.content.SourceFile;
import newsbrief.diag.Diagnostic;
import newsbrief.diag.DiagnosticPrinter;
import newsbrief.diag.Diagnostics;
import newsbrief.diag.Rule;
import newsbrief.diag.SourcePosition;
import newsbrief.schema.BriefFiles;
import newsbrief.schema.BriefScaffold;
import newsbrief.schema.BriefValidator;

/**
 * One {@code import}: every file is read and made a brief, each brief is checked as {@code check}
 * would check it, and written under {@code briefs/} unless its file exists. Every problem of every
 * file goes to the one {@link Diagnostics}; a file that cannot be read does not stop the others.
 */
public final class ImportRun {

    /** Exit codes, as the other commands use them. */
    private static final int OK = 0;
    private static final int NOT_IMPORTED = 1;
    private static final int REFUSED = 2;

    /**
     * What a run did.
     *
     * @param written    the briefs written, as shown paths
     * @param files      how many files were given
     * @param refused    whether a brief was not written because its file exists
     * @param withErrors how many of the briefs written have errors, for the editor to finish
     * @param warnings   how many warnings were reported
     */
    public record Result(List<String> written, int files, boolean refused, int withErrors, long warnings) {
        public Result {
            written = List.copyOf(written);
        }

        /** Files that made no brief: unreadable, refused, or whose brief exists already. */
        public int notImported() {
            return files - written.size();
        }

        public int exitCode() {
            return refused ? REFUSED : notImported() > 0 || withErrors > 0 ? NOT_IMPORTED : OK;
        }

        /** {@code imported 2 of 3 files, with 4 warnings; 1 not imported, 1 with errors (see above)}. */
        public String summary() {
            List<String> problems = new ArrayList<>();
            if (notImported() > 0) {
                problems.add(notImported() + " not imported");
            }
            if (withErrors > 0) {
                problems.add(withErrors + " with errors");
            }
            return "imported " + written.size() + " of " + DiagnosticPrinter.plural(files, "file")
                    + (warnings > 0 ? ", with " + DiagnosticPrinter.plural(warnings, "warning") : "")
                    + (problems.isEmpty() ? "" : "; " + String.join(", ", problems) + " (see above)");
        }
    }

    private final Settings settings;
    private final ContentScanner scanner;
    private final Path briefs;
    private final Diagnostics diagnostics;

    public ImportRun(Settings settings, ContentScanner scanner, Path briefs, Diagnostics diagnostics) {
        this.settings = settings;
        this.scanner = scanner.withMaxFileBytes(settings.config().maxFileBytes());
        this.briefs = briefs;
        this.diagnostics = diagnostics;
    }

    public Result importAll(List<Path> files, ImportOptions options) {
        BriefImporter importer = new BriefImporter(settings.schema(), settings.config().timeZone(), options);
        List<String> written = new ArrayList<>();
        boolean refused = false;
        int withErrors = 0;
        for (Path file : files) {
            Outcome outcome = importOne(file, importer);
            outcome.written().ifPresent(written::add);
            refused |= outcome.exists();
            withErrors += outcome.hasErrors() ? 1 : 0;
        }
        return new Result(written, files.size(), refused, withErrors, diagnostics.warningCount());
    }

    /** What became of one file: the brief written (perhaps with errors), or none. */
    private record Outcome(Optional<String> written, boolean hasErrors, boolean exists) {
        static final Outcome FAILED = new Outcome(Optional.empty(), false, false);
        static final Outcome EXISTS = new Outcome(Optional.empty(), false, true);
    }

    private Outcome importOne(Path file, BriefImporter importer) {
        Optional<SourceFile> source = scanner.read(file, diagnostics);
        if (source.isEmpty()) {
            return Outcome.FAILED;
        }
        Optional<ImportedBrief> brief;
        try {
            brief = importer.read(source.get(), raw(file), diagnostics);
        } catch (IOException e) {
            diagnostics.add(Diagnostic.of(source.get().displayPath(), SourcePosition.START, Rule.FILE_UNREADABLE,
                    "cannot read file: " + e.getMessage()));
            return Outcome.FAILED;
        }
        return brief.map(made -> write(source.get(), made)).orElse(Outcome.FAILED);
    }

    private Outcome write(SourceFile source, ImportedBrief brief) {
        Path target = BriefFiles.file(briefs, brief.day(), brief.slug());
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return exists(source, target);
        }
        boolean valid = check(target, brief.text());
        try {
            BriefFiles.writeNew(target, brief.text());
        } catch (BriefScaffold.ExistsException e) {
            return exists(source, target);
        } catch (IOException e) {
            diagnostics.add(Diagnostic.of(source.displayPath(), SourcePosition.START, Rule.IMPORT_REFUSED,
                    "cannot write " + scanner.displayPath(target) + ": " + e.getMessage()));
            return Outcome.FAILED;
        }
        return new Outcome(Optional.of(scanner.displayPath(target)), !valid, false);
    }

    private Outcome exists(SourceFile source, Path target) {
        diagnostics.add(Diagnostic.of(source.displayPath(), SourcePosition.START, Rule.IMPORT_REFUSED,
                scanner.displayPath(target) + " exists already; this file was not imported")
                .withHint("import it with another --date, or rename or remove the brief that is there"));
        return Outcome.EXISTS;
    }

    /** Checks the brief as {@code check} will, reporting at the brief's own path; whether it has no error. */
    private boolean check(Path target, String text) {
        Diagnostics found = new Diagnostics();
        SourceFile brief = new SourceFile(scanner.displayPath(target), target,
                text.replace("\r\n", "\n").replace('\r', '\n'));
        BriefValidator validator = new BriefValidator(settings.schema(), settings.config().rawHtml(),
                settings.config().timeZone());
        validator.check(new BriefParser(settings.schema().policy()).parse(brief, found));
        diagnostics.addAll(found.sorted());
        return !found.hasErrors();
    }

    /** The file as it is on disk but for a byte-order mark; the scanner has found it readable UTF-8. */
    private static String raw(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
