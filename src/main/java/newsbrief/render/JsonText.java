package newsbrief.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * JSON written with Jackson's streaming generator, for the JSON-LD of pages and the JSON feed.
 * Not Jackson's object mapper: it finds a record's properties by reflection, which costs a cold
 * JVM about a quarter of a second, more than a small site's pages take to render. Fields that
 * have no value are left out, as {@code JsonInclude.Include.NON_EMPTY} would: a null or empty
 * string, an empty list.
 */
public final class JsonText {

    /** Writes one JSON value; may throw what the generator throws. */
    @FunctionalInterface
    public interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    private JsonText() {
    }

    /** The text {@code body} writes, compact when {@code printer} is null. */
    public static String write(JsonFactory factory, PrettyPrinter printer, Body body) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = factory.createGenerator(text)) {
            if (printer != null) {
                json.setPrettyPrinter(printer);
            }
            body.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException("a string writer does not fail", e);
        }
        return text.toString();
    }

    /** A string field, left out when the value is null or empty. */
    public static void string(JsonGenerator json, String name, String value) throws IOException {
        if (value != null && !value.isEmpty()) {
            json.writeStringField(name, value);
        }
    }

    /** An array of strings, left out when there are none. */
    public static void strings(JsonGenerator json, String name, List<String> values) throws IOException {
        if (!values.isEmpty()) {
            json.writeArrayFieldStart(name);
            for (String value : values) {
                json.writeString(value);
            }
            json.writeEndArray();
        }
    }
}
