package newsbrief.render;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import newsbrief.html.SafeHtml;
import newsbrief.model.Brief;
import newsbrief.model.SiteConfig;

/**
 * The schema.org {@code NewsArticle} of a brief page, as JSON-LD. Built as records and written by
 * Jackson, so it is always valid JSON; {@code <}, {@code >} and {@code &} are written as
 * {@code \u003c}-style escapes, so a headline holding {@code </script>} cannot end the script.
 */
public final class JsonLd {

    /** A person or organisation, by name. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Party(@JsonProperty("@type") String type, String name, String url) {
    }

    /** The article; field names are schema.org's. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record NewsArticle(
            @JsonProperty("@context") String context,
            @JsonProperty("@type") String type,
            String headline,
            String description,
            String datePublished,
            String dateModified,
            Party author,
            Party publisher,
            String url,
            String mainEntityOfPage,
            String inLanguage,
            List<String> keywords,
            int wordCount,
            String image) {
    }

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

    private final ObjectMapper mapper;

    public JsonLd() {
        mapper = new ObjectMapper();
        mapper.getFactory().setCharacterEscapes(new HtmlSafeEscapes());
    }

    /** The {@code <script type="application/ld+json">} element for a brief's page. */
    public SafeHtml newsArticle(Brief brief, SiteConfig site, Links links) {
        String url = links.absolute(links.brief(brief));
        NewsArticle article = new NewsArticle("https://schema.org", "NewsArticle", brief.title(), brief.description(),
                brief.date().rfc3339(), brief.updated().rfc3339(),
                new Party("Person", brief.frontMatter().author().orElse(site.author()), null),
                new Party("Organization", site.title(), links.absolute(links.home())),
                url, url, site.language(), brief.tags(), brief.words(),
                brief.frontMatter().image().or(site::image).map(links::image).orElse(null));
        try {
            return SafeHtml.jsonLdScript(mapper.writeValueAsString(article));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("records of strings always serialise", e);
        }
    }
}
