package newsbrief.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** What a feed reader makes of a feed's fields after taking the XML apart. */
final class Readers {

    private Readers() {
    }

    /**
     * The text a reader shows for a field it reads as HTML, as RSS readers read {@code <description>};
     * fails when the field would become markup, an element of any kind, in the reader.
     */
    static String textOfHtml(String field) {
        Document html = Jsoup.parseBodyFragment(field);
        List<String> elements = html.body().children().stream().map(Element::outerHtml).toList();
        assertEquals(List.of(), elements, "elements a reader would make of " + field);
        return html.body().text();
    }

    /** Every text of the elements named {@code localName}, decoded, as the JDK's StAX parser reads them. */
    static List<String> texts(String xml, String localName) {
        try {
            XMLStreamReader reader = XMLInputFactory.newDefaultFactory().createXMLStreamReader(new StringReader(xml));
            List<String> texts = new ArrayList<>();
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamReader.START_ELEMENT && reader.getLocalName().equals(localName)) {
                    texts.add(reader.getElementText());
                }
            }
            return texts;
        } catch (XMLStreamException e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + xml, e);
        }
    }
}
