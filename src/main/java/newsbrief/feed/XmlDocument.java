package newsbrief.feed;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A UTF-8 XML document written with the JDK's StAX writer, one element per line, indented by two
 * spaces. StAX escapes {@code <}, {@code >}, {@code &} in text and quotes in attributes, so a
 * headline such as {@code Bad ]]> </script> & <b>} stays well-formed with no CDATA. Characters
 * XML 1.0 cannot hold at all (control characters, a lone surrogate) are dropped, since StAX would
 * write them as they are and break the document.
 * <pre>
 * XmlDocument xml = XmlDocument.withRoot("urlset").defaultNamespace(NS);
 * xml.start("url").element("loc", "https://example.com/").end();
 * String text = xml.finish();
 * </pre>
 */
final class XmlDocument {

    private static final String INDENT = "  ";

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final XMLStreamWriter xml;
    private int depth;

    private XmlDocument() {
        try {
            // The JDK's own writer, not whichever StAX library is on the class path, so the bytes never change.
            xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** A document whose root element is {@code name}; add its namespaces and attributes next. */
    static XmlDocument withRoot(String name) {
        return new XmlDocument().start(name);
    }

    /** Declares {@code xmlns}; only right after a start tag. */
    XmlDocument defaultNamespace(String uri) {
        try {
            xml.writeDefaultNamespace(uri);
        } catch (XMLStreamException e) {
            throw failed(e);
        }
        return this;
    }

    /** Declares {@code xmlns:prefix}; only right after a start tag. */
    XmlDocument namespace(String prefix, String uri) {
        try {
            xml.writeNamespace(prefix, uri);
        } catch (XMLStreamException e) {
            throw failed(e);
        }
        return this;
    }

    /** An attribute, such as {@code xml:lang}; only right after a start tag. */
    XmlDocument attribute(String name, String value) {
        try {
            xml.writeAttribute(name, clean(value));
        } catch (XMLStreamException e) {
            throw failed(e);
        }
        return this;
    }

    /** Opens an element that holds other elements; close it with {@link #end()}. */
    XmlDocument start(String name) {
        try {
            newLine();
            xml.writeStartElement(name);
            depth++;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
        return this;
    }

    XmlDocument end() {
        try {
            depth--;
            newLine();
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
        return this;
    }

    /**
     * {@code <name a="1">text</name>} on one line, from name–value attribute pairs; {@code name} may
     * carry a declared prefix, {@code content:encoded}.
     */
    XmlDocument element(String name, String text, String... attributes) {
        try {
            newLine();
            xml.writeStartElement(name);
            writeAttributes(attributes);
            xml.writeCharacters(clean(text));
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
        return this;
    }

    /** {@code <name a="1" b="2"/>} from name–value attribute pairs. */
    XmlDocument empty(String name, String... attributes) {
        try {
            newLine();
            xml.writeEmptyElement(name);
            writeAttributes(attributes);
        } catch (XMLStreamException e) {
            throw failed(e);
        }
        return this;
    }

    private void writeAttributes(String... attributes) throws XMLStreamException {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name-value pairs: " + String.join(", ", attributes));
        }
        for (int i = 0; i < attributes.length; i += 2) {
            xml.writeAttribute(attributes[i], clean(attributes[i + 1]));
        }
    }

    /** Closes the root element and returns the whole document, ending in a line break. */
    String finish() {
        try {
            while (depth > 0) {
                end();
            }
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
        return bytes.toString(StandardCharsets.UTF_8) + "\n";
    }

    private void newLine() throws XMLStreamException {
        xml.writeCharacters("\n" + INDENT.repeat(depth));
    }

    /** The text without characters outside XML 1.0's {@code Char} production. */
    private static String clean(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(XmlDocument::allowed).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                || c >= 0x10000 && c <= 0x10FFFF;
    }

    /** Writing to memory fails only on a mistake in this package, such as an attribute after text. */
    private static IllegalStateException failed(XMLStreamException e) {
        return new IllegalStateException("cannot write XML: " + e.getMessage(), e);
    }
}
