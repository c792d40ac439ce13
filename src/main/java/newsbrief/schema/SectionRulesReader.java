package newsbrief.schema;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import newsbrief.content.YamlMappingReader;
import newsbrief.diag.FileDiagnostics;
import newsbrief.diag.Rule;
import newsbrief.diag.Severity;
import newsbrief.model.Slug;

/**
 * Reads the {@code sections:} list of a schema file:
 * <pre>
 * - id: summary
 *   heading: The Summary
 *   blocks: [bullet-list]
 *   bullets: {min: 2, max: 5}
 *   words: {max: 120, severity: warning}
 * </pre>
 */
final class SectionRulesReader {

    private static final Set<String> SECTION_KEYS = Set.of(
            "id", "heading", "aliases", "required", "blocks", "bullets", "paragraphs", "bullet-sentences", "words",
            "level", "pattern", "repeat", "subsections");
    private static final Set<String> SUBSECTION_KEYS = Set.of("level", "headings", "required");
    /** Sections open at the top of the outline; deeper headings are their sub-sections. */
    private static final int DEEPEST_SECTION_LEVEL = 2;

    private SectionRulesReader() {
    }

    static List<SectionRule> read(YamlMappingReader schema, FileDiagnostics report) {
        List<YamlMappingReader> entries = schema.mappingList("sections");
        if (entries.isEmpty()) {
            report.add(schema.positionOf("sections"), Rule.SCHEMA_INVALID, "schema lists no sections; expected at least one");
        }
        List<SectionRule> sections = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> headings = new HashSet<>();
        for (YamlMappingReader entry : entries) {
            entry.rejectUnknownKeys(SECTION_KEYS, "section");
            Optional<String> id = entry.requiredText("id", "a section");
            Optional<String> heading = entry.requiredText("heading", "a section");
            id.filter(value -> !ids.add(value)).ifPresent(value -> report.add(entry.positionOf("id"),
                    Rule.SCHEMA_INVALID, "section id \"" + value + "\" is used twice"));
            id.ifPresent(value -> checkId(value, entry, report));
            heading.filter(value -> !headings.add(SectionRule.normalise(value))).ifPresent(value -> report.add(
                    entry.positionOf("heading"), Rule.SCHEMA_INVALID, "section heading \"" + value + "\" is used twice"));
            Optional<SubsectionRule> subsections = entry.nested("subsections").map(sub -> subsections(sub, report));
            Set<BlockKind> blocks = readBlocks(entry, report);
            if (subsections.isPresent()) {
                // Named or levelled sub-sections are headings inside the section, so it may hold them.
                blocks.add(BlockKind.SUBHEADING);
            }
            Optional<YamlMappingReader> bullets = entry.nested("bullets");
            Optional<Integer> minBullets = bullets.flatMap(b -> count(b, "min", report));
            Optional<Integer> maxBullets = bullets.flatMap(b -> count(b, "max", report));
            bullets.ifPresent(b -> SchemaNumbers.checkRange(b, minBullets, maxBullets, "bullets", report));
            Optional<Integer> minParagraphs = entry.nested("paragraphs").flatMap(p -> count(p, "min", report));
            Optional<Integer> maxSentences = entry.nested("bullet-sentences").flatMap(s -> count(s, "max", report));
            Optional<WordLimit> words = entry.nested("words").map(w -> wordLimit(w, report));
            Set<Integer> levels = SchemaNumbers.levels(entry, "level", 1, DEEPEST_SECTION_LEVEL,
                    SectionRule.DEFAULT_LEVELS, report);
            Optional<com.google.re2j.Pattern> pattern = entry.text("pattern")
                    .filter(regex -> !blankPattern(regex, entry, report))
                    .flatMap(regex -> SchemaLoader.compile(regex, entry, report));
            if (id.isPresent() && heading.isPresent()) {
                sections.add(new SectionRule(id.get(), heading.get(), entry.textList("aliases").orElse(List.of()),
                        entry.bool("required").orElse(true), blocks, minBullets, maxBullets, minParagraphs,
                        maxSentences, words, levels, pattern, entry.bool("repeat").orElse(false), subsections));
            }
        }
        return sections;
    }

    /** An empty pattern is found in every heading: it would take every section for this one. */
    private static boolean blankPattern(String regex, YamlMappingReader entry, FileDiagnostics report) {
        if (!regex.isBlank()) {
            return false;
        }
        report.add(entry.positionOf("pattern"), Rule.SCHEMA_INVALID, "pattern is empty, so every heading would match it",
                "give the words the headings start with, e.g. pattern: \"^Updates from \"");
        return true;
    }

    /** An id stands as the section's HTML id and class name, so it must be one word, and not one the page has. */
    private static void checkId(String id, YamlMappingReader entry, FileDiagnostics report) {
        if (!Slug.isValid(id)) {
            report.add(entry.positionOf("id"), Rule.SCHEMA_INVALID, "section id \"" + id
                    + "\" is not a valid id; expected " + Slug.PATTERN.pattern(), "e.g. \"" + Slug.fromText(id) + "\"");
        } else if (SectionHeadings.clashesWithPage(id)) {
            report.add(entry.positionOf("id"), Rule.SCHEMA_INVALID, "section id \"" + id
                    + "\" is an id the page gives its own element; the section would share it", "choose another id");
        }
    }

    /** {@code {min: 40, max: 250, severity: warning}}; the severity defaults to warning. */
    static WordLimit wordLimit(YamlMappingReader range, FileDiagnostics report) {
        range.rejectUnknownKeys(Set.of("min", "max", "severity"), "word range");
        Optional<Integer> min = SchemaNumbers.atLeast(range, "min", 0, report);
        Optional<Integer> max = SchemaNumbers.atLeast(range, "max", 0, report);
        SchemaNumbers.checkRange(range, min, max, "word range", report);
        Severity severity = range.text("severity").flatMap(text -> severity(text, range, report))
                .orElse(Severity.WARNING);
        if (range.mapping().entry("min").isEmpty() && range.mapping().entry("max").isEmpty()) {
            report.add(range.mapping().position(), Rule.SCHEMA_INVALID, "word range has neither min nor max");
        }
        return new WordLimit(min, max, severity);
    }

    private static Optional<Severity> severity(String text, YamlMappingReader range, FileDiagnostics report) {
        return switch (text) {
            case "error" -> Optional.of(Severity.ERROR);
            case "warning" -> Optional.of(Severity.WARNING);
            default -> {
                report.add(range.positionOf("severity"), Rule.SCHEMA_INVALID, "severity \"" + text
                        + "\" is not known; expected error or warning");
                yield Optional.empty();
            }
        };
    }

    private static Optional<Integer> count(YamlMappingReader range, String key, FileDiagnostics report) {
        range.rejectUnknownKeys(Set.of("min", "max"), "range");
        return SchemaNumbers.atLeast(range, key, 0, report);
    }

    private static Set<BlockKind> readBlocks(YamlMappingReader entry, FileDiagnostics report) {
        Set<BlockKind> blocks = EnumSet.noneOf(BlockKind.class);
        for (String name : entry.textList("blocks").orElse(List.of("paragraph"))) {
            Optional<BlockKind> kind = BlockKind.fromSchemaName(name);
            if (kind.isPresent()) {
                blocks.add(kind.get());
            } else {
                report.add(entry.positionOf("blocks"), Rule.SCHEMA_INVALID, "unknown block kind \"" + name + "\"",
                        "block kinds: " + String.join(", ", Arrays.stream(BlockKind.values())
                                .map(BlockKind::schemaName).toList()));
            }
        }
        return blocks;
    }

    /** {@code {level: 3, headings: [Arrivals, Departures], required: [Arrivals]}}. */
    private static SubsectionRule subsections(YamlMappingReader sub, FileDiagnostics report) {
        sub.rejectUnknownKeys(SUBSECTION_KEYS, "subsections");
        Set<Integer> levels = SchemaNumbers.levels(sub, "level", DEEPEST_SECTION_LEVEL + 1, 6, Set.of(3), report);
        List<String> headings = sub.textList("headings").orElse(List.of());
        List<String> required = sub.textList("required").orElse(List.of());
        SubsectionRule rule = new SubsectionRule(levels, headings, required);
        for (String name : required) {
            if (rule.named(name).isEmpty()) {
                report.add(sub.positionOf("required"), Rule.SCHEMA_INVALID, "required sub-section \"" + name
                        + "\" is not among its headings", "list it under \"headings\" too");
            }
        }
        return rule;
    }
}
