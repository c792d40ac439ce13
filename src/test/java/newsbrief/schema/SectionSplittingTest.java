package newsbrief.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import newsbrief.model.Brief;
import newsbrief.model.Section;
import newsbrief.testing.Check;
import org.junit.jupiter.api.Test;

/** Sections are cut at the body's own level-2 headings only, and keep everything under them. */
class SectionSplittingTest {

    private static Brief brief(String fixture) {
        Check check = Check.brief(Path.of("src/test/resources/briefs/valid/" + fixture));
        assertEquals("", check.printed());
        return check.result().orElseThrow();
    }

    @Test
    void headingsInsideQuotesAndListsStayInTheirSection() {
        List<Section> sections = brief("2026-11-26-nested-and-references.md").sections();

        assertEquals(List.of("summary", "signal", "implication"), sections.stream().map(Section::id).toList());
        String signal = sections.get(1).html().markup();
        assertTrue(signal.contains("<blockquote>\n<h2>An aside in a quote</h2>"), signal);
        assertTrue(signal.contains("<li>\n<h2>A heading in a list item</h2>\n</li>"), signal);
        assertEquals("<p>Watch whether smaller utilities adopt the same format before the spring report.</p>\n",
                sections.get(2).html().markup());
    }

    @Test
    void linkReferenceDefinitionsAreLinksNotBlocks() {
        Section summary = brief("2026-11-26-nested-and-references.md").sections().get(0);

        assertEquals("The first joint report is due in <a href=\"https://example.org/report\" "
                + "rel=\"noopener noreferrer\">March</a>.", summary.bullets().get(1).markup());
    }

    @Test
    void sectionsHoldTheirBlocksInOrder() {
        List<Section> sections = brief("2026-11-26-full.md").sections();

        assertTrue(sections.get(1).html().markup().startsWith("<p>Until now each operator"), sections.get(1).html().markup());
        assertTrue(sections.get(1).html().markup().contains("<h3>The incentives</h3>"));
        assertTrue(sections.get(2).html().markup().endsWith("<blockquote>\n<p>Adoption by the two largest utilities would "
                + "settle it.</p>\n</blockquote>\n"), sections.get(2).html().markup());
    }
}
