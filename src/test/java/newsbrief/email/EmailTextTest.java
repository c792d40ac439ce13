package newsbrief.email;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The plain-text part, rule by rule, from small pieces of HTML. */
class EmailTextTest {

    private static void thenTextIs(String html, String expected) {
        assertEquals(expected, EmailText.of(html), () -> "from: " + html);
    }

    @Test
    void hiddenContentAndTheHeadAreLeftOutAndTheTextStartsAtItsFirstWord() {
        thenTextIs("<head><title>T</title><style>p{}</style></head><body>\n\n<div style=\"display: none\">preview"
                + "</div>\n<table role=\"presentation\"><tr><td>\n\n<h1>Headline</h1></td></tr></table></body>",
                "Headline\n========\n");
    }

    @Test
    void paragraphsWrapAt72AndNeverBreakAWord() {
        String url = "https://example.com/" + "a".repeat(80);
        thenTextIs("<p>" + "word ".repeat(20) + url + " end</p>",
                "word word word word word word word word word word word word word word\nword word word word word word\n"
                        + url + "\nend\n");
    }

    @Test
    void linksBecomeNumberedReferencesListedAtTheEnd() {
        thenTextIs("<p>See <a href=\"https://a.example/\">the report</a> and <a href=\"https://b.example/\">the data</a>,"
                + " then <a href=\"https://a.example/\">the report</a> again, or https://c.example/ as written: "
                + "<a href=\"https://c.example/\">https://c.example/</a>.</p>",
                "See the report [1] and the data [2], then the report [1] again, or\nhttps://c.example/ as written: "
                        + "https://c.example/.\n\n[1] https://a.example/\n[2] https://b.example/\n");
    }

    @Test
    void nestedListsAndQuotesKeepTheirMarks() {
        thenTextIs("<ul><li>One<ul><li>One a</li></ul></li><li>Two</li></ul><blockquote><p>Quoted, and long enough "
                + "to wrap onto a second line when it is laid out at seventy-two.</p><p>— Someone</p></blockquote>"
                + "<ol><li>First</li><li>Second<br>line</li></ol>",
                "- One\n  - One a\n- Two\n\n> Quoted, and long enough to wrap onto a second line when it is laid out\n"
                        + "> at seventy-two.\n>\n> — Someone\n\n1. First\n2. Second\n   line\n");
    }

    @Test
    void aDataTableReadsRowByRow() {
        thenTextIs("<table><tr><th>Year</th><th>Tonnes</th></tr><tr><td>2025</td><td>12</td></tr></table>",
                "Year | Tonnes\n2025 | 12\n");
    }
}
