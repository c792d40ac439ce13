package newsbrief.email;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The plain-text part of an edition, written from its HTML as an editor would type it: headings
 * underlined, bullets as "- ", quotes marked "> ", links as numbered references [1] listed at the
 * end, wrapped at 72 characters. What the HTML hides (the preheader) and what is not text
 * ({@code <head>}, {@code <style>}) is left out, and the text starts at its first word.
 */
final class EmailText {

    static final int WIDTH = 72;

    private static final Set<String> SKIPPED = Set.of("head", "style", "script", "title", "template");
    private static final Set<String> BLOCKS = Set.of("p", "div", "h3", "h4", "h5", "h6", "td", "th", "section",
            "article", "header", "footer", "figure", "figcaption", "center");

    private final TextLayout layout = new TextLayout(WIDTH);
    private final Map<String, Integer> references = new LinkedHashMap<>();
    private final StringBuilder inline = new StringBuilder();

    private EmailText() {
    }

    /** The text of an email's HTML. */
    static String of(String html) {
        EmailText text = new EmailText();
        text.walkChildren(Jsoup.parse(html).body());
        text.flush();
        return text.finish();
    }

    private void walkChildren(Element element) {
        for (Node child : element.childNodes()) {
            walk(child);
        }
    }

    private void walk(Node node) {
        if (node instanceof TextNode text) {
            inline.append(text.getWholeText());
        } else if (node instanceof Element element && !isHidden(element)) {
            element(element);
        }
    }

    private void element(Element element) {
        String name = element.normalName();
        switch (name) {
            case "br" -> inline.append(TextLayout.HARD_BREAK);
            case "a" -> link(element);
            case "img" -> image(element);
            case "h1", "h2" -> heading(element, name.equals("h1") ? '=' : '-');
            case "ul", "ol" -> list(element, name.equals("ol"));
            case "blockquote" -> quote(element);
            case "pre" -> preformatted(element);
            case "hr" -> rule();
            case "table" -> table(element);
            default -> {
                boolean block = BLOCKS.contains(name);
                if (block) {
                    flush();
                }
                walkChildren(element);
                if (block) {
                    flush();
                }
            }
        }
    }

    private static boolean isHidden(Element element) {
        String style = element.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        return SKIPPED.contains(element.normalName()) || element.hasAttr("hidden") || style.contains("display:none");
    }

    private void link(Element link) {
        int start = inline.length();
        walkChildren(link);
        String href = link.attr("href").strip();
        String shown = inline.substring(start).strip();
        if (href.isEmpty() || href.equals(shown) || href.equals("mailto:" + shown)) {
            return;
        }
        int number = references.computeIfAbsent(href, url -> references.size() + 1);
        // A non-breaking space keeps the marker on the line of the word it follows.
        inline.append(shown.isEmpty() ? "[" + number + "]" : "\u00A0[" + number + "]");
    }

    private void image(Element image) {
        String alt = image.attr("alt").strip();
        if (!alt.isEmpty()) {
            inline.append('[').append(alt).append(']');
        }
    }

    private void heading(Element heading, char underline) {
        flush();
        walkChildren(heading);
        layout.heading(take(), underline);
    }

    private void list(Element list, boolean numbered) {
        flush();
        int number = 1;
        for (Element item : list.children()) {
            if (!item.nameIs("li")) {
                continue;
            }
            layout.startItem(numbered ? number++ + ". " : "- ");
            walkChildren(item);
            flush();
            layout.endItem();
        }
    }

    private void quote(Element quote) {
        flush();
        layout.startQuote();
        walkChildren(quote);
        flush();
        layout.endQuote();
    }

    private void preformatted(Element pre) {
        flush();
        layout.verbatim(pre.wholeText());
    }

    private void rule() {
        flush();
        layout.paragraph("* * *");
    }

    /** Layout tables read cell by cell; a data table (from a brief) row by row, cells split by "|". */
    private void table(Element table) {
        flush();
        if (table.attr("role").equals("presentation")) {
            for (Element row : table.select("> tbody > tr, > thead > tr, > tr")) {
                boolean first = true;
                for (Element cell : row.children()) {
                    if (!first) {
                        layout.tightNext();
                    }
                    walk(cell);
                    flush();
                    first = false;
                }
            }
            return;
        }
        boolean first = true;
        for (Element row : table.select("tr")) {
            List<String> cells = new ArrayList<>();
            row.select("> th, > td").forEach(cell -> cells.add(cell.text()));
            if (!first) {
                layout.tightNext();
            }
            layout.paragraph(String.join(" | ", cells));
            first = false;
        }
    }

    /** Ends the paragraph of inline text gathered so far. */
    private void flush() {
        String text = take();
        if (!text.isBlank()) {
            layout.paragraph(text);
        }
    }

    private String take() {
        String text = inline.toString();
        inline.setLength(0);
        return text;
    }

    private String finish() {
        if (!references.isEmpty()) {
            List<String> list = new ArrayList<>();
            references.forEach((url, number) -> list.add("[" + number + "] " + url));
            layout.verbatim(String.join("\n", list));
        }
        return layout.text();
    }
}
