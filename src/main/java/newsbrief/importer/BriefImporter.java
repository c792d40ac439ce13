package newsbrief.importer;

import java.time.ZoneId;
import java.util.Optional;
import newsbrief.content.SourceFile;
import newsbrief.content.SourceText;
import newsbrief.diag.Diagnostics;
import newsbrief.diag.FileDiagnostics;
import newsbrief.diag.SourcePosition;
import newsbrief.schema.BriefFiles;
import newsbrief.schema.BriefSchema;

/**
 * Makes a brief of one file: a Markdown post with a Pelican, YAML or TOML header keeps its body
 * byte for byte and has its header placed in the front matter; any other file is read as text
 * pasted from a document ({@link PlainTextReader}). What it guessed and what it could not place are
 * reported at the file's lines. Writes nothing.
 */
public final class BriefImporter {

    private final BriefSchema schema;
    private final Optional<ZoneId> zone;
    private final ImportOptions options;
    private final HeaderReader headers = new HeaderReader();
    private final BodyMarkdown markdown = new BodyMarkdown();

    /** @param zone the site's time zone, for header dates without offset (else they are read in UTC) */
    public BriefImporter(BriefSchema schema, Optional<ZoneId> zone, ImportOptions options) {
        this.schema = schema;
        this.zone = zone;
        this.options = options;
    }

    /**
     * The brief, or empty when the file cannot make one (reported as an error).
     *
     * @param source the file as read, for its path and lines
     * @param raw    its text as it is on disk, line ends included, for a body kept exactly
     */
    public Optional<ImportedBrief> read(SourceFile source, String raw, Diagnostics diagnostics) {
        SourceText lines = new SourceText(source.text());
        ImportNotes notes = new ImportNotes(new FileDiagnostics(source.displayPath(), lines::line, diagnostics));
        BriefFields fields = new BriefFields();
        Optional<PostHeader> header = headers.read(new RawLines(raw), notes);
        Optional<String> body = header.isPresent() ? fromHeader(header.get(), fields, notes)
                : fromText(lines, fields, notes);
        if (body.isEmpty() || notes.refused()) {
            return Optional.empty();
        }
        options.date().ifPresent(fields::date);
        options.tags().ifPresent(fields::tags);
        return finish(fields, body.get(), notes);
    }

    private Optional<String> fromHeader(PostHeader header, BriefFields fields, ImportNotes notes) {
        HeaderMapping mapping = new HeaderMapping(schema, zone);
        header.fields().forEach(field -> mapping.place(field, fields, notes));
        if (fields.title().isBlank() && !notes.refused()) {
            notes.refuse(SourcePosition.START, "the " + header.format() + " header gives no title",
                    "add the headline to the header as its title");
        }
        return Optional.of(header.body());
    }

    private Optional<String> fromText(SourceText lines, BriefFields fields, ImportNotes notes) {
        return new PlainTextReader(schema).read(lines, notes).map(text -> {
            fields.title(text.title());
            new Hook(schema).place(text.hook(), fields, notes);
            return "\n" + markdown.render(new Hook(schema).keptInBody(text.hook(), text.blocks()));
        });
    }

    private Optional<ImportedBrief> finish(BriefFields fields, String body, ImportNotes notes) {
        String today = options.today().toString();
        if (fields.date().isEmpty()) {
            notes.guess(SourcePosition.START, "no date given; dated " + today);
        }
        String date = fields.date().orElse(today);
        Optional<String> slug = fields.slug().or(() -> BriefFiles.slugOf(fields.title()));
        if (slug.isEmpty()) {
            notes.refuse(SourcePosition.START, "the headline \"" + fields.title() + "\" gives no slug for the file name",
                    "add a slug to the header, or a word in Latin letters or digits to the headline");
            return Optional.empty();
        }
        boolean draft = !options.publish() || fields.draft().orElse(false);
        if (options.publish() && draft) {
            notes.guess(SourcePosition.START, "kept as a draft, as the header says, despite --publish");
        }
        String text = BriefFiles.frontMatter(fields.toMap(schema, today, draft)) + body;
        return Optional.of(new ImportedBrief(ImportDates.day(date, zone).orElse(options.today()), slug.get(), text));
    }
}
