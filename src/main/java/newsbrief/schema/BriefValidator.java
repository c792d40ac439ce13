package newsbrief.schema;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsbrief.content.ContentScanner;
import newsbrief.content.HtmlComments;
import newsbrief.content.ParsedBrief;
import newsbrief.content.RawHtmlBlocks;
import newsbrief.diag.FileDiagnostics;
import newsbrief.diag.Rule;
import newsbrief.diag.SourcePosition;
import newsbrief.model.PublicationDate;
import newsbrief.model.RawHtml;
import newsbrief.model.Slug;
import org.commonmark.node.Node;

/**
 * Checks a parsed brief against the schema. Reports every problem it finds; returns the
 * {@link ValidatedBrief} only when there was no error. It renders nothing: the HTML stage does.
 * Thread-safe.
 */
public final class BriefValidator {

    /** {@code 2026-11-26-cloud-deal.md} (or {@code .markdown}): the date prefix and the slug of a brief's file name. */
    private static final Pattern FILE_NAME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})-(.+)\\.(?i:md|markdown)");

    private final FrontMatterValidator frontMatterValidator;
    private final SectionValidator sectionValidator;
    private final EditorialValidator editorialValidator;
    private final RawHtml rawHtml;
    private final boolean dropHtmlComments;

    /** A validator for a site without a time zone. */
    public BriefValidator(BriefSchema schema, RawHtml rawHtml) {
        this(schema, rawHtml, Optional.empty());
    }

    /**
     * @param rawHtml  what the site does with raw HTML, which decides whether a brief is warned of it
     * @param timeZone the site's time zone, for date-times written without offset
     */
    public BriefValidator(BriefSchema schema, RawHtml rawHtml, Optional<ZoneId> timeZone) {
        this.rawHtml = rawHtml;
        this.dropHtmlComments = schema.layout().dropHtmlComments();
        this.frontMatterValidator = new FrontMatterValidator(schema, timeZone);
        this.sectionValidator = new SectionValidator(schema);
        this.editorialValidator = new EditorialValidator(schema.checks());
    }

    /**
     * What validating one brief gave.
     *
     * @param brief the brief, ready for the HTML stage, when there was no error
     * @param keys  what the rules over all briefs need, valid or not
     */
    public record Validated(Optional<ValidatedBrief> brief, BriefKeys keys) {
    }

    public Optional<ValidatedBrief> validate(ParsedBrief parsed) {
        return check(parsed).brief();
    }

    /**
     * Runs every check that can run, whatever else is wrong, so that one run reports every
     * problem: a broken section does not hide a placeholder, nor a bad tag a date that does not
     * match the file name.
     */
    public Validated check(ParsedBrief parsed) {
        FileDiagnostics report = parsed.report();
        if (dropHtmlComments) {
            // html-comments: ignore: an editor's note is never published, so nothing checks it
            // and nothing renders it; taken out of the tree before either looks.
            HtmlComments.drop(parsed.body());
        }
        FrontMatterValidator.Checked frontMatter = parsed.frontMatter()
                .map(fm -> frontMatterValidator.check(fm, report)).orElse(FrontMatterValidator.Checked.NONE);
        Optional<SectionValidator.Body> body = sectionValidator.validate(parsed);
        Map<String, SourcePosition> positions = new HashMap<>();
        parsed.frontMatter().ifPresent(fm -> fm.entries().forEach(e -> positions.put(e.name(), e.value().position())));
        Optional<String> slug = slugOf(frontMatter, parsed, report);
        Optional<PublicationDate> date = frontMatter.value("date", PublicationDate.class);
        date.ifPresent(d -> checkFileDate(d, parsed.source().fileName(), positions.get("date"), report));
        Optional<String> title = frontMatter.value("title", String.class);
        OptionalInt words = body.map(valid -> OptionalInt.of(valid.sections().stream().mapToInt(ValidSection::words)
                .sum() + valid.preamble().map(ValidatedBrief.PreambleText::words).orElse(0))).orElse(OptionalInt.empty());
        boolean draft = frontMatter.value("draft", Boolean.class).orElse(false);
        editorialValidator.validate(parsed, title, positions.getOrDefault("title", SourcePosition.START), words, draft);
        if (rawHtml == RawHtml.ALLOW) {
            warnOfRawHtml(parsed);
        }
        BriefKeys keys = new BriefKeys(parsed.source().displayPath(), slug, title, date.map(PublicationDate::date),
                frontMatter.tags(), positions);
        if (report.hasErrors() || frontMatter.frontMatter().isEmpty() || body.isEmpty() || slug.isEmpty()) {
            return new Validated(Optional.empty(), keys);
        }
        return new Validated(Optional.of(new ValidatedBrief(parsed.source().displayPath(), slug.get(),
                frontMatter.frontMatter().get(), parsed.body(), body.get().preamble(), body.get().sections(), body.get().leadId(), positions,
                LocalLinks.of(parsed))), keys);
    }

    /** With {@code rawHtml: allow} nothing stands between an editor's HTML and the reader: say so. */
    private static void warnOfRawHtml(ParsedBrief parsed) {
        for (Node block = parsed.body().getFirstChild(); block != null; block = block.getNext()) {
            if (RawHtmlBlocks.contains(block)) {
                parsed.report().add(parsed.positionOf(block), Rule.RAW_HTML_ALLOWED,
                        "raw HTML is published as written, because site.yaml says rawHtml: allow",
                        "make sure it holds no script; with rawHtml: sanitize it would be cleaned");
                return;
            }
        }
    }

    /**
     * The front matter's slug, else the file name without date prefix and {@code .md}; empty
     * when neither gives a valid one (reported), or when the slug given is broken (reported by
     * its field).
     */
    private static Optional<String> slugOf(FrontMatterValidator.Checked frontMatter, ParsedBrief parsed,
            FileDiagnostics report) {
        if (parsed.frontMatter().flatMap(fm -> fm.entry("slug")).isPresent()) {
            // The slug names a folder of the site: whatever type a schema gives the field, only a
            // plain slug may name one.
            Optional<String> slug = frontMatter.value("slug", String.class);
            if (slug.isEmpty() || Slug.isValid(slug.get())) {
                return slug;
            }
            report.add(SourcePosition.START, Rule.FIELD_SLUG, "slug \"" + slug.get() + "\" is not a valid slug; expected "
                    + Slug.PATTERN.pattern(), "use \"" + Slug.fromText(slug.get()) + "\"");
            return Optional.empty();
        }
        String fileName = parsed.source().fileName();
        Matcher matcher = FILE_NAME.matcher(fileName);
        String slug = matcher.matches() ? matcher.group(2)
                : ContentScanner.MARKDOWN_EXTENSION.matcher(fileName).replaceFirst("");
        if (Slug.isValid(slug)) {
            return Optional.of(slug);
        }
        report.add(SourcePosition.START, Rule.FILE_NAME_SLUG, "file name \"" + fileName
                + "\" does not give a valid slug; expected YYYY-MM-DD-slug.md with a slug like "
                + Slug.PATTERN.pattern(), "rename the file or add \"slug: " + Slug.fromText(slug) + "\" to the front matter");
        return Optional.empty();
    }

    /** A file named for another day than its date is usually a copied brief whose date was not updated. */
    private static void checkFileDate(PublicationDate date, String fileName, SourcePosition datePosition,
            FileDiagnostics report) {
        Matcher matcher = FILE_NAME.matcher(fileName);
        if (!matcher.matches()) {
            report.add(SourcePosition.START, Rule.FILE_NAME, "file name \"" + fileName
                    + "\" does not follow YYYY-MM-DD-slug.md");
            return;
        }
        try {
            LocalDate named = LocalDate.parse(matcher.group(1));
            if (!named.equals(date.date())) {
                report.add(datePosition, Rule.FILE_NAME_DATE, "file name says " + named
                        + " but the date is " + date.date(), "rename the file or correct the date");
            }
        } catch (DateTimeParseException e) {
            report.add(SourcePosition.START, Rule.FILE_NAME_DATE, "file name starts with \"" + matcher.group(1)
                    + "\", which is not a valid date");
        }
    }
}
