package newsbrief.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsbrief.testing.Markdown;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A table keeps the alignment its Markdown gives it ({@code |:---|:---:|---:|}): the HTML carries
 * it as {@code align}, the raw-HTML cleaner keeps it, the stylesheet does not override it, and the
 * email edition says it inline too.
 */
class TableAlignmentTest {

    private static final String TABLE = """
            | Land | Anteil | Leistung |
            |:-----|:------:|---------:|
            | Bayern | groß | 900 |
            """;

    /** With raw HTML anywhere in a section, the whole of it goes through the cleaner. */
    private static final String TABLE_WITH_RAW_HTML = TABLE + "\nIn <abbr title=\"Megawatt\">MW</abbr>.\n";

    @Test
    void theHtmlCarriesEachColumnsAlignmentThroughTheCleaner() {
        for (String markdown : List.of(TABLE, TABLE_WITH_RAW_HTML)) {
            Document html = Jsoup.parseBodyFragment(Markdown.html(markdown).markup());

            assertEquals(List.of("left", "center", "right"), html.select("th").eachAttr("align"), markdown);
            assertEquals(List.of("left", "center", "right"), html.select("td").eachAttr("align"), markdown);
        }
    }

    @Test
    void theStylesheetLeavesAlignedCellsAlone() throws IOException {
        String css = Files.readString(Path.of("templates/assets/style.css"));
        Matcher rule = Pattern.compile("([^{}]+)\\{([^{}]*)\\}").matcher(css.replaceAll("(?s)/\\*.*?\\*/", ""));
        int cellRules = 0;
        while (rule.find()) {
            for (String selector : rule.group(1).split(",")) {
                boolean cell = selector.strip().matches("(.*[\\s>])?(th|td)(\\W.*)?");
                if (cell && rule.group(2).contains("text-align")) {
                    cellRules++;
                    assertTrue(selector.contains(":not([align])"), () -> "\"" + selector.strip()
                            + "\" sets text-align over the alignment of the Markdown");
                }
            }
        }
        assertEquals(1, cellRules, "headers without an alignment start where the text does");
    }

    @Test
    void theEmailSaysEachCellsAlignmentInlineToo() {
        Document email = Jsoup.parseBodyFragment(EmailHtml.of(Markdown.html(TABLE),
                URI.create("https://example.org/briefs/x/"), 0).markup());

        List<Element> header = email.select("th");
        assertEquals(List.of("left", "center", "right"), header.stream().map(TableAlignmentTest::textAlign).toList());
        assertEquals(List.of("left", "center", "right"), email.select("td").stream().map(TableAlignmentTest::textAlign)
                .toList());
        assertEquals(List.of("left", "center", "right"), header.stream().map(cell -> cell.attr("align")).toList(),
                "Outlook reads the attribute");
        header.forEach(cell -> assertFalse(cell.attr("style").matches(".*text-align:.*text-align:.*"), cell::toString));
    }

    private static String textAlign(Element cell) {
        Matcher align = Pattern.compile("text-align:([a-z]+)").matcher(cell.attr("style"));
        return align.find() ? align.group(1) : "none";
    }
}
