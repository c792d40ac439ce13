package newsbrief.render;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * Renders a page record through its template. The templates in {@code templates/} are compiled to
 * Java by the jte Maven plugin, so a template error fails the Maven build, not a site build.
 * Thread-safe.
 */
public final class PageRenderer {

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    /**
     * @param template the template's file name, e.g. {@code brief.jte}
     * @param page     the one record it takes
     */
    public String render(String template, Object page) {
        StringOutput output = new StringOutput(16 * 1024);
        engine.render(template, page, output);
        return output.toString();
    }
}
