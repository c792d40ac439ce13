package newsbrief.schema;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsbrief.content.ParsedBrief;
import newsbrief.content.RawHtmlBlocks;
import newsbrief.diag.FileDiagnostics;
import newsbrief.diag.Rule;
import newsbrief.diag.SourcePosition;
import newsbrief.model.FrontMatter;
import newsbrief.model.RawHtml;
import newsbrief.model.Slug;
import org.commonmark.node.Node;

/**
 * Checks a parsed brief against the schema. Reports every problem it finds; returns the
 * {@link ValidatedBrief} only when there was no error. It renders nothing: the HTML stage does.
 * Thread-safe.
 */
public final class BriefValidator {

    /** {@code 2026-11-26-cloud-deal.md}: the date prefix and the slug of a brief's file name. */
    private static final Pattern FILE_NAME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})-(.+)\\.md");

    private final FrontMatterValidator frontMatterValidator;
    private final SectionValidator sectionValidator;
    private final EditorialValidator editorialValidator;
    private final RawHtml rawHtml;

    /** @param rawHtml what the site does with raw HTML, which decides whether a brief is warned of it */
    public BriefValidator(BriefSchema schema, RawHtml rawHtml) {
        this.rawHtml = rawHtml;
        this.frontMatterValidator = new FrontMatterValidator(schema);
        this.sectionValidator = new SectionValidator(schema);
        this.editorialValidator = new EditorialValidator(schema.checks());
    }

    public Optional<ValidatedBrief> validate(ParsedBrief parsed) {
        FileDiagnostics report = parsed.report();
        Optional<FrontMatter> frontMatter = parsed.frontMatter().flatMap(fm -> frontMatterValidator.validate(fm, report));
        Optional<List<ValidSection>> sections = sectionValidator.validate(parsed);
        Optional<String> slug = frontMatter.flatMap(fm -> slugOf(fm, parsed.source().fileName(), report));
        if (frontMatter.isEmpty() || sections.isEmpty() || slug.isEmpty() || report.hasErrors()) {
            return Optional.empty();
        }
        checkFileDate(frontMatter.get(), parsed.source().fileName(), report);
        Map<String, SourcePosition> positions = new HashMap<>();
        parsed.frontMatter().ifPresent(fm -> fm.entries().forEach(e -> positions.put(e.name(), e.value().position())));
        ValidatedBrief brief = new ValidatedBrief(parsed.source().displayPath(), slug.get(), frontMatter.get(),
                parsed.body(), sections.get(), positions, LocalLinks.of(parsed));
        editorialValidator.validate(parsed, brief);
        if (rawHtml == RawHtml.ALLOW) {
            warnOfRawHtml(parsed);
        }
        return report.hasErrors() ? Optional.empty() : Optional.of(brief);
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

    /** The front matter's slug, else the file name without date prefix and {@code .md}. */
    private static Optional<String> slugOf(FrontMatter frontMatter, String fileName, FileDiagnostics report) {
        if (frontMatter.slug().isPresent()) {
            // The slug names a folder of the site: whatever type a schema gives the field, only a
            // plain slug may name one.
            String slug = frontMatter.slug().get();
            if (Slug.isValid(slug)) {
                return frontMatter.slug();
            }
            report.add(SourcePosition.START, Rule.FIELD_SLUG, "slug \"" + slug + "\" is not a valid slug; expected "
                    + Slug.PATTERN.pattern(), "use \"" + Slug.fromText(slug) + "\"");
            return Optional.empty();
        }
        Matcher matcher = FILE_NAME.matcher(fileName);
        String slug = matcher.matches() ? matcher.group(2) : fileName.replaceFirst("\\.md$", "");
        if (Slug.isValid(slug)) {
            return Optional.of(slug);
        }
        report.add(SourcePosition.START, Rule.FILE_NAME_SLUG, "file name \"" + fileName
                + "\" does not give a valid slug; expected YYYY-MM-DD-slug.md with a slug like "
                + Slug.PATTERN.pattern(), "rename the file or add \"slug: " + Slug.fromText(slug) + "\" to the front matter");
        return Optional.empty();
    }

    /** A file named for another day than its date is usually a copied brief whose date was not updated. */
    private static void checkFileDate(FrontMatter frontMatter, String fileName, FileDiagnostics report) {
        Matcher matcher = FILE_NAME.matcher(fileName);
        if (!matcher.matches()) {
            report.add(SourcePosition.START, Rule.FILE_NAME, "file name \"" + fileName
                    + "\" does not follow YYYY-MM-DD-slug.md");
            return;
        }
        try {
            LocalDate named = LocalDate.parse(matcher.group(1));
            if (!named.equals(frontMatter.date().date())) {
                report.add(SourcePosition.START, Rule.FILE_NAME_DATE, "file name says " + named
                        + " but the date is " + frontMatter.date().date(), "rename the file or correct the date");
            }
        } catch (DateTimeParseException e) {
            report.add(SourcePosition.START, Rule.FILE_NAME_DATE, "file name starts with \"" + matcher.group(1)
                    + "\", which is not a valid date");
        }
    }
}
