package newsbrief.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import java.io.IOException;
import newsbrief.html.SafeHtml;
import newsbrief.model.Brief;
import newsbrief.model.SiteConfig;

/**
 * The schema.org {@code NewsArticle} of a brief page, as JSON-LD. Written by Jackson's generator,
 * so it is always valid JSON; {@code <}, {@code >} and {@code &} are written as
 * {@code \u003c}-style escapes, so a headline holding {@code </script>} cannot end the script.
 * Field names are schema.org's; a field without a value is left out.
 */
public final class JsonLd {

    /** Jackson's standard escapes plus {@code <}, {@code >} and {@code &}, which end or confuse HTML. */
    private static final class HtmlSafeEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] escapes = standardAsciiEscapesForJSON();

        HtmlSafeEscapes() {
            escapes['<'] = ESCAPE_STANDARD;
            escapes['>'] = ESCAPE_STANDARD;
            escapes['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public com.fasterxml.jackson.core.SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }

    private final JsonFactory factory = new JsonFactoryBuilder().characterEscapes(new HtmlSafeEscapes()).build();

    /** The {@code <script type="application/ld+json">} element for a brief's page. */
    public SafeHtml newsArticle(Brief brief, SiteConfig site, Links links) {
        String url = links.absolute(links.brief(brief));
        return SafeHtml.jsonLdScript(JsonText.write(factory, null, json -> {
            json.writeStartObject();
            JsonText.string(json, "@context", "https://schema.org");
            JsonText.string(json, "@type", "NewsArticle");
            JsonText.string(json, "headline", brief.title());
            JsonText.string(json, "description", brief.description());
            JsonText.string(json, "datePublished", brief.date().rfc3339());
            JsonText.string(json, "dateModified", brief.updated().rfc3339());
            party(json, "author", "Person", brief.frontMatter().author().orElse(site.author()), null);
            party(json, "publisher", "Organization", site.title(), links.absolute(links.home()));
            JsonText.string(json, "url", url);
            JsonText.string(json, "mainEntityOfPage", url);
            JsonText.string(json, "inLanguage", site.language());
            JsonText.strings(json, "keywords", brief.tags());
            json.writeNumberField("wordCount", brief.words());
            JsonText.string(json, "image", brief.frontMatter().image().or(site::image).map(links::image).orElse(null));
            json.writeEndObject();
        }));
    }

    /** A person or organisation, by name. */
    private static void party(JsonGenerator json, String field, String type, String name, String url)
            throws IOException {
        json.writeObjectFieldStart(field);
        JsonText.string(json, "@type", type);
        JsonText.string(json, "name", name);
        JsonText.string(json, "url", url);
        json.writeEndObject();
    }
}
