package newsbrief.schema;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import newsbrief.content.ContentScanner;
import newsbrief.content.SourceFile;
import newsbrief.content.SourceText;
import newsbrief.content.YamlMappingReader;
import newsbrief.content.YamlNode;
import newsbrief.content.YamlReader;
import newsbrief.diag.Diagnostics;
import newsbrief.diag.FileDiagnostics;
import newsbrief.diag.Rule;
import newsbrief.diag.RulePolicy;
import newsbrief.diag.SourcePosition;

/**
 * Reads a schema file ({@code content/schema.yaml}, or the built-in default) into a
 * {@link BriefSchema}, reporting every mistake in it at its line.
 */
public final class SchemaLoader {

    static final String DEFAULT_RESOURCE = "/newsbrief/schema/default-schema.yaml";
    static final String DEFAULT_NAME = "(built-in default-schema.yaml)";

    private static final Set<String> TOP_KEYS = union(Set.of("sections", "fields", "checks", "severity"),
            BodyLayoutReader.KEYS);
    private static final Set<String> FIELD_KEYS = Set.of("name", "type", "required", "max-length", "pattern",
            "max-items", "min", "max", "values");

    private final ContentScanner scanner;

    public SchemaLoader(ContentScanner scanner) {
        this.scanner = scanner;
    }

    /**
     * The schema in {@code file}, or empty after reporting why it cannot be used; a link out of the
     * folder that holds it is refused.
     */
    public Optional<BriefSchema> load(Path file, Diagnostics diagnostics) {
        return scanner.readInside(file, diagnostics).flatMap(source -> parse(source, diagnostics));
    }

    /** The schema of src/docs/BRIEF-FORMAT.md, shipped inside the jar; read once, as it is immutable. */
    public static BriefSchema defaultSchema() {
        return BuiltIn.SCHEMA;
    }

    /** Holds the built-in schema, read when first asked for. */
    private static final class BuiltIn {
        static final BriefSchema SCHEMA = readDefaultSchema();
    }

    private static BriefSchema readDefaultSchema() {
        try (InputStream in = SchemaLoader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Diagnostics diagnostics = new Diagnostics();
            return parse(new SourceFile(DEFAULT_NAME, Path.of(DEFAULT_NAME), text), diagnostics)
                    .orElseThrow(() -> new IllegalStateException("built-in schema is invalid: " + diagnostics.sorted()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Optional<BriefSchema> parse(SourceFile source, Diagnostics diagnostics) {
        SourceText text = new SourceText(source.text());
        FileDiagnostics report = new FileDiagnostics(source.displayPath(), text::line, diagnostics);
        Optional<YamlNode> root = new YamlReader().read(source.text(), 1, report);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        if (!(root.get() instanceof YamlNode.Mapping mapping)) {
            report.add(SourcePosition.START, Rule.SCHEMA_INVALID, "schema is " + YamlMappingReader.describe(root.get())
                    + "; expected a mapping with \"sections\" and \"fields\"");
            return Optional.empty();
        }
        YamlMappingReader reader = new YamlMappingReader(mapping, report);
        reader.rejectUnknownKeys(TOP_KEYS, "schema");
        List<SectionRule> sections = SectionRulesReader.read(reader, report);
        BodyLayout layout = BodyLayoutReader.read(reader, sections, report);
        List<FieldRule> fields = readFields(reader, report);
        CheckSettingsReader checks = new CheckSettingsReader(reader, report);
        EditorialChecks editorial = checks.readChecks();
        RulePolicy policy = checks.readPolicy();
        return report.hasErrors() ? Optional.empty() : Optional.of(new BriefSchema(sections, fields, editorial, policy,
                layout));
    }

    private static Set<String> union(Set<String> first, Set<String> second) {
        Set<String> all = new HashSet<>(first);
        all.addAll(second);
        return Set.copyOf(all);
    }

    private static List<FieldRule> readFields(YamlMappingReader reader, FileDiagnostics report) {
        List<FieldRule> fields = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (YamlMappingReader entry : reader.mappingList("fields")) {
            entry.rejectUnknownKeys(FIELD_KEYS, "field");
            Optional<String> name = entry.requiredText("name", "a field");
            Optional<FieldType> type = entry.requiredText("type", "a field").flatMap(typeName -> {
                Optional<FieldType> found = FieldType.fromSchemaName(typeName);
                if (found.isEmpty()) {
                    report.add(entry.positionOf("type"), Rule.SCHEMA_INVALID, "unknown field type \"" + typeName + "\"",
                            "field types: " + String.join(", ", java.util.Arrays.stream(FieldType.values())
                                    .map(FieldType::schemaName).toList()));
                }
                return found;
            });
            name.filter(value -> !names.add(value)).ifPresent(value -> report.add(entry.positionOf("name"),
                    Rule.SCHEMA_INVALID, "field \"" + value + "\" is listed twice"));
            Optional<Pattern> pattern = entry.text("pattern").flatMap(regex -> compile(regex, entry, report));
            int maxItems = maxItems(entry, type, report);
            if (name.isPresent() && type.isPresent()) {
                checkSiteType(name.get(), type.get(), entry, report);
                FieldBounds bounds = FieldBounds.read(entry, type.get(), report);
                fields.add(new FieldRule(name.get(), type.get(), entry.bool("required").orElse(false),
                        SchemaNumbers.atLeast(entry, "max-length", 1, report), pattern, maxItems, bounds.min(),
                        bounds.max(), bounds.values()));
            }
        }
        requireCoreFields(fields, names, reader, report);
        return fields;
    }

    /**
     * The types of the fields the site itself reads: a schema may leave such a field out, but not
     * retype it — {@code draft} as text would publish every draft, {@code tags} as text would drop
     * every tag without a word.
     */
    static final java.util.Map<String, List<FieldType>> SITE_FIELD_TYPES = java.util.Map.of(
            "title", List.of(FieldType.TEXT), "date", List.of(FieldType.DATE),
            "draft", List.of(FieldType.BOOLEAN), "tags", List.of(FieldType.TEXT_LIST),
            "slug", List.of(FieldType.SLUG, FieldType.TEXT), "sources", List.of(FieldType.LINKS),
            "image", List.of(FieldType.TEXT, FieldType.URL), "updated", List.of(FieldType.DATE),
            "description", List.of(FieldType.TEXT), "author", List.of(FieldType.TEXT));

    private static void checkSiteType(String name, FieldType type, YamlMappingReader entry, FileDiagnostics report) {
        List<FieldType> allowed = SITE_FIELD_TYPES.get(name);
        if (allowed != null && !allowed.contains(type)) {
            report.add(entry.positionOf("type"), Rule.SCHEMA_INVALID, "field \"" + name + "\" is read by the site as "
                    + String.join(" or ", allowed.stream().map(FieldType::schemaName).toList()) + "; it cannot be "
                    + type.schemaName(), "give it type " + allowed.get(0).schemaName()
                    + ", or name your own field differently");
        }
    }

    /** A list field's {@code max-items}, or the default; other fields take none. */
    private static int maxItems(YamlMappingReader entry, Optional<FieldType> type, FileDiagnostics report) {
        Optional<Integer> given = entry.integer("max-items");
        boolean list = type.filter(t -> t == FieldType.TEXT_LIST || t == FieldType.LINKS).isPresent();
        if (given.isPresent() && type.isPresent() && !list) {
            report.add(entry.positionOf("max-items"), Rule.SCHEMA_INVALID, "max-items applies to lists only",
                    "give it to a text-list or links field");
        } else if (given.filter(n -> n < 1).isPresent()) {
            report.add(entry.positionOf("max-items"), Rule.SCHEMA_INVALID, "max-items is " + given.get()
                    + "; expected 1 or more");
        }
        return given.filter(n -> n >= 1).orElse(FieldRule.DEFAULT_MAX_ITEMS);
    }

    /** The model needs a headline and a date to sort and render briefs, so a schema must keep them. */
    private static void requireCoreFields(List<FieldRule> fields, Set<String> listed, YamlMappingReader reader,
            FileDiagnostics report) {
        for (String core : BriefSchema.CORE_FIELDS) {
            boolean brokenEntryReported = listed.contains(core) && fields.stream().noneMatch(f -> f.name().equals(core));
            if (brokenEntryReported) {
                continue;
            }
            boolean ok = fields.stream().anyMatch(f -> f.name().equals(core) && f.required()
                    && f.type() == (core.equals("date") ? FieldType.DATE : FieldType.TEXT));
            if (!ok) {
                report.add(reader.positionOf("fields"), Rule.SCHEMA_INVALID,
                        "field \"" + core + "\" must be listed as required with type "
                                + (core.equals("date") ? "date" : "text"));
            }
        }
    }

    /**
     * A schema's pattern, compiled by RE2/J: matching takes time linear in the text, whatever the
     * pattern. RE2 has no back-references or look-around, the features that make matching slow.
     */
    static Optional<Pattern> compile(String regex, YamlMappingReader entry, FileDiagnostics report) {
        try {
            return Optional.of(Pattern.compile(regex));
        } catch (PatternSyntaxException e) {
            String message = "pattern is not a valid regular expression: " + e.getDescription();
            if (e.getDescription().startsWith("invalid escape") || e.getDescription().contains("Perl syntax")) {
                report.add(entry.positionOf("pattern"), Rule.SCHEMA_INVALID, message,
                        "patterns use RE2 syntax, which has no back-references (\\1) or look-around ((?=...))");
            } else {
                report.add(entry.positionOf("pattern"), Rule.SCHEMA_INVALID, message);
            }
            return Optional.empty();
        }
    }
}
