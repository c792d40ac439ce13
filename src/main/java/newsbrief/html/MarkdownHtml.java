package newsbrief.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsbrief.content.MarkdownReader;
import newsbrief.content.RawHtmlBlocks;
import newsbrief.model.LocalLink;
import newsbrief.model.RawHtml;
import newsbrief.postprocess.RawHtmlSanitizer;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * Renders parsed Markdown blocks to HTML that is safe to publish, so that it is the only HTML
 * templates insert unescaped. Unsafe link schemes ({@code javascript:} and the like) are always
 * dropped and links to other sites get {@code rel="noopener noreferrer"}; raw HTML written in a
 * brief is cleaned, escaped or kept as the site's {@link RawHtml} setting says. What it renders is
 * {@link SafeHtml}, the only HTML templates write unescaped. Thread-safe.
 */
public final class MarkdownHtml {

    /**
     * Links leaving the site must not hand the opened page a handle on ours. commonmark's URL
     * sanitising also marks every link {@code nofollow}, which would disown the sources an editor
     * chose, so that is taken off again. Paths from the site's root are put under the base path.
     */
    private static AttributeProvider links(String basePath) {
        return (node, tagName, attributes) -> {
            if (node instanceof Link link) {
                attributes.remove("rel");
                if (isExternal(link.getDestination())) {
                    attributes.put("rel", "noopener noreferrer");
                }
                underBasePath(attributes, "href", basePath);
            } else if (node instanceof Image) {
                underBasePath(attributes, "src", basePath);
            }
        };
    }

    /**
     * A path from the site's root ({@code /images/grid.jpg}) names a file of this site, which on a
     * project page lives under the base path ({@code /repo/images/grid.jpg}).
     */
    private static void underBasePath(Map<String, String> attributes, String name, String basePath) {
        String value = attributes.get(name);
        if (value != null && LocalLink.isRootPath(value) && !basePath.equals("/")) {
            attributes.put(name, basePath + value.substring(1));
        }
    }

    /**
     * commonmark's own sanitiser lets {@code data:} through, and a {@code data:text/html} link is
     * a page of the attacker's making; a brief has no need for one.
     */
    private static final UrlSanitizer URLS = new DefaultUrlSanitizer(List.of("http", "https", "mailto"));

    /** Stands where a level-2 heading was, to cut a body rendered at once into its sections. */
    private static final String SECTION_BREAK = "\u0000section\u0000";

    private final RawHtml rawHtml;
    private final HtmlRenderer renderer;
    private final HtmlRenderer sectionRenderer;
    private final RawHtmlSanitizer sanitizer = new RawHtmlSanitizer();

    /** Raw HTML cleaned to a safe list: the default; the site at the root of its host. */
    public MarkdownHtml() {
        this(RawHtml.SANITIZE);
    }

    public MarkdownHtml(RawHtml rawHtml) {
        this(rawHtml, "/");
    }

    /** @param basePath the base URL's path, {@code /repo/}, under which root paths are written */
    public MarkdownHtml(RawHtml rawHtml, String basePath) {
        this.rawHtml = rawHtml;
        this.renderer = builder(rawHtml, basePath).build();
        this.sectionRenderer = builder(rawHtml, basePath).nodeRendererFactory(SectionBreakRenderer::new).build();
    }

    private static HtmlRenderer.Builder builder(RawHtml rawHtml, String basePath) {
        return HtmlRenderer.builder()
                .extensions(MarkdownReader.EXTENSIONS)
                .escapeHtml(rawHtml == RawHtml.ESCAPE)
                .sanitizeUrls(true)
                .urlSanitizer(URLS)
                .attributeProviderFactory(context -> links(basePath));
    }

    /**
     * The HTML of a body whose sections are {@code sections} (the blocks under each level-1 or
     * level-2 heading, in order), with the preamble before the first (empty HTML when there is none),
     * rendered in one pass: rendering block by block set up commonmark's renderers some twenty times
     * per brief. Headings are left out; templates write them.
     */
    public BodyHtml renderSections(Node body, List<List<Node>> sections, HtmlStorage storage) {
        String whole = sectionRenderer.render(body);
        // Clean every part when any raw HTML stands anywhere in the body, rather than trust
        // that each part lines up with its blocks.
        List<Node> everything = List.of(body);
        List<SafeHtml> html = new ArrayList<>(sections.size());
        int from = whole.indexOf(SECTION_BREAK);
        SafeHtml preamble = SafeHtml.of(clean(whole.substring(0, Math.max(from, 0)), everything), storage);
        for (int i = 0; i < sections.size(); i++) {
            if (from < 0) {
                throw new IllegalStateException("a section break is missing from the rendered body");
            }
            int start = from + SECTION_BREAK.length();
            int end = whole.indexOf(SECTION_BREAK, start);
            String part = whole.substring(start, end < 0 ? whole.length() : end);
            html.add(SafeHtml.of(clean(part.startsWith("\n") ? part.substring(1) : part, everything), storage));
            from = end;
        }
        return new BodyHtml(preamble, html);
    }

    /**
     * A body's HTML.
     *
     * @param preamble what stands before its first section
     * @param sections each section's
     */
    public record BodyHtml(SafeHtml preamble, List<SafeHtml> sections) {
        public BodyHtml {
            java.util.Objects.requireNonNull(preamble, "preamble");
            sections = List.copyOf(sections);
        }
    }

    /** Writes a marker for level-1 and level-2 headings, and other headings as commonmark does. */
    private static final class SectionBreakRenderer implements NodeRenderer {
        private final HtmlNodeRendererContext context;

        SectionBreakRenderer(HtmlNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Heading.class);
        }

        @Override
        public void render(Node node) {
            Heading heading = (Heading) node;
            HtmlWriter writer = context.getWriter();
            // Only a heading at the top of the body opens a section; one inside a quote or a
            // list item is content, rendered as commonmark would.
            if (heading.getLevel() <= 2 && heading.getParent() instanceof Document) {
                writer.raw(SECTION_BREAK);
                return;
            }
            String tag = "h" + heading.getLevel();
            writer.line();
            writer.tag(tag, context.extendAttributes(heading, tag, Map.of()));
            for (Node child = heading.getFirstChild(); child != null; child = child.getNext()) {
                context.render(child);
            }
            writer.tag("/" + tag);
            writer.line();
        }
    }

    public RawHtml rawHtml() {
        return rawHtml;
    }

    /** The HTML of some blocks, in order. */
    public SafeHtml render(List<Node> blocks) {
        StringBuilder html = new StringBuilder();
        for (Node block : blocks) {
            renderer.render(block, html);
        }
        return SafeHtml.of(clean(html.toString(), blocks), HtmlStorage.PLAIN);
    }

    /**
     * The HTML of a paragraph's inline content, without the {@code <p>} around it. Rendered as
     * one paragraph and unwrapped, because each render call sets up commonmark's renderers anew.
     */
    public SafeHtml renderInline(Paragraph paragraph) {
        String html = renderer.render(paragraph);
        if (html.startsWith("<p>") && html.endsWith("</p>\n")) {
            html = html.substring("<p>".length(), html.length() - "</p>\n".length());
        }
        return SafeHtml.of(clean(html, List.of(paragraph)), HtmlStorage.PLAIN);
    }

    /** jsoup parses only what holds raw HTML; commonmark's own output is already safe. */
    private String clean(String html, List<Node> rendered) {
        return rawHtml == RawHtml.SANITIZE && rendered.stream().anyMatch(RawHtmlBlocks::contains)
                ? sanitizer.clean(html) : html;
    }


    static boolean isExternal(String destination) {
        String lower = destination.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("//");
    }
}
