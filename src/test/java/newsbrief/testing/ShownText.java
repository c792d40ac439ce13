package newsbrief.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Every text a written folder shows its readers, file by file: in pages and emails, each text
 * node and each attribute that is read out or shown ({@code aria-label}, {@code title},
 * {@code alt}, {@code content}...); in feeds, every text and attribute; in JSON, every string;
 * in plain text, all of it. Addresses are left out: their paths ({@code /briefs/}) are no words;
 * so are images, the stylesheet and the {@code .eml} files (their parts are the .html and .txt).
 */
public final class ShownText {

    private static final Set<String> SHOWN_ATTRIBUTES = Set.of("aria-label", "title", "alt", "content", "placeholder",
            "value", "label");
    private static final Set<String> NOT_SHOWN = Set.of("script", "style");
    private static final Set<String> NO_TEXT = Set.of("robots.txt", "sitemap.xml");

    private ShownText() {
    }

    /** The texts of each file below {@code root}, by its path there. */
    public static Map<String, List<String>> of(Path root) {
        Map<String, List<String>> texts = new TreeMap<>();
        for (String file : SiteFiles.list(root)) {
            String name = file.substring(file.lastIndexOf('/') + 1);
            if (NO_TEXT.contains(name) || !name.matches(".*\\.(html|xml|json|txt)")) {
                continue;
            }
            String contents = SiteFiles.read(root.resolve(file));
            List<String> shown = name.endsWith(".html") ? html(Jsoup.parse(contents))
                    : name.endsWith(".xml") ? xml(contents)
                    : name.endsWith(".json") ? json(contents) : List.of(contents);
            texts.put(file, shown.stream().map(text -> text.replaceAll("(https?|mailto):\\S+", " ")).toList());
        }
        return texts;
    }

    private static List<String> html(Document document) {
        List<String> texts = new ArrayList<>();
        for (Element element : document.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                if (SHOWN_ATTRIBUTES.contains(attribute.getKey())) {
                    texts.add(attribute.getValue());
                }
            }
            if (!NOT_SHOWN.contains(element.normalName())) {
                element.textNodes().stream().map(TextNode::getWholeText).forEach(texts::add);
            }
        }
        return texts;
    }

    /** A feed's texts, the HTML it carries as text included, since readers show it. */
    private static List<String> xml(String contents) {
        List<String> texts = new ArrayList<>();
        for (Element element : Jsoup.parse(contents, "", Parser.xmlParser()).getAllElements()) {
            element.attributes().forEach(attribute -> texts.add(attribute.getValue()));
            element.textNodes().stream().map(TextNode::getWholeText).forEach(texts::add);
        }
        return texts;
    }

    private static List<String> json(String contents) {
        try {
            List<String> texts = new ArrayList<>();
            collect(new ObjectMapper().readTree(contents), texts);
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(JsonNode node, List<String> texts) {
        if (node.isTextual()) {
            texts.add(node.asText());
        }
        node.forEach(child -> collect(child, texts));
    }
}
