package newsbrief.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import newsbrief.content.BriefParser;
import newsbrief.content.SourceFile;
import newsbrief.diag.Diagnostics;
import newsbrief.diag.Rule;
import newsbrief.model.RawHtml;
import newsbrief.testing.SiteFiles;

/**
 * {@code order: any} takes the sections of a brief in every order, and keeps the order written;
 * {@code order: strict} takes exactly the orders that follow the schema. Sections are the Harbour
 * Weekly's, at level 1 or 2 as their rules allow. The seed is fixed, so a failure reproduces.
 */
class SectionOrderProperties {

    private static final String SCHEMA = SiteFiles.read(Path.of("src/test/resources/sites/harbour/content/schema.yaml"));

    /** One section as written in a brief: its heading, its text, and its id on the page. */
    record Written(String id, String markdown) {
    }

    private static final List<Written> SECTIONS = List.of(
            new Written("tides", "Tides and Weather\n\n- High water 06:00.\n- Fog.\n"),
            new Written("in-port", "In Port\n\n### Arrivals\n\n- Nobody.\n\n### Departures\n\n- Nobody.\n"),
            new Written("updates", "Updates from the Boatyard\n\nThe slipway is busy.\n"),
            new Written("notices", "Notices to Mariners\n\n1. Keep clear of the works.\n"),
            new Written("letters", "Letters\n\nWe print what fits.\n"));

    private static BriefSchema schema(String order) {
        return SchemaLoader.parse(new SourceFile("schema.yaml", Path.of("schema.yaml"),
                SCHEMA.replace("order: any", "order: " + order)), new Diagnostics()).orElseThrow();
    }

    @Provide
    Arbitrary<List<Written>> orders() {
        return Arbitraries.of(SECTIONS).list().uniqueElements().ofMinSize(2).ofMaxSize(SECTIONS.size())
                .filter(list -> list.stream().anyMatch(s -> s.id().equals("tides"))
                        && list.stream().anyMatch(s -> s.id().equals("in-port")));
    }

    @Provide
    Arbitrary<List<Boolean>> levelOnes() {
        return Arbitraries.of(true, false).list().ofSize(SECTIONS.size());
    }

    private static String brief(List<Written> sections, List<Boolean> levelOne) {
        StringBuilder text = new StringBuilder("---\ntitle: \"Fog\"\ndate: 2024-11-01\nissue: 5\n---\n\nFog all week.\n");
        for (int i = 0; i < sections.size(); i++) {
            Written section = sections.get(i);
            // Updates and Notices to Mariners are level-2 headings only; the others may be level 1.
            boolean one = levelOne.get(i) && !section.id().equals("updates") && !section.id().equals("notices");
            text.append('\n').append(one ? "# " : "## ").append(section.markdown());
        }
        return text.toString();
    }

    private static Result check(BriefSchema schema, String text) {
        Diagnostics diagnostics = new Diagnostics();
        var parsed = new BriefParser(schema.policy()).parse(new SourceFile("2024-11-01-fog.md",
                Path.of("2024-11-01-fog.md"), text), diagnostics);
        Optional<ValidatedBrief> brief = new BriefValidator(schema, RawHtml.SANITIZE).validate(parsed);
        return new Result(brief, diagnostics);
    }

    record Result(Optional<ValidatedBrief> brief, Diagnostics diagnostics) {
    }

    @Property(tries = 300, seed = "20261201")
    void anyOrderIsTakenAsWritten(@ForAll("orders") List<Written> sections, @ForAll("levelOnes") List<Boolean> levelOne) {
        String text = brief(sections, levelOne);

        Result result = check(schema("any"), text);

        assertEquals(List.of(), result.diagnostics().sorted(), text);
        assertEquals(sections.stream().map(Written::id).toList(),
                result.brief().orElseThrow().sections().stream().map(ValidSection::id).toList(), text);
    }

    @Property(tries = 300, seed = "20261201")
    void strictOrderTakesOnlyTheSchemasOrder(@ForAll("orders") List<Written> sections,
            @ForAll("levelOnes") List<Boolean> levelOne) {
        String text = brief(sections, levelOne);
        List<Written> sorted = sections.stream().sorted(Comparator.comparingInt(SECTIONS::indexOf)).toList();

        Result result = check(schema("strict"), text);

        Statistics.label("in the schema's order").collect(sections.equals(sorted));
        assertEquals(sections.equals(sorted), result.brief().isPresent(), text);
        assertTrue(result.diagnostics().sorted().stream().allMatch(d -> d.rule() == Rule.SECTION_ORDER), text);
    }
}
