package newsbrief.render;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateOutput;
import gg.jte.output.StringOutput;
import gg.jte.resolve.DirectoryCodeResolver;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/**
 * Renders a page record through its template. For {@code build} the templates are the ones the
 * jte Maven plugin compiled into the jar, so a template error fails the Maven build, not a site
 * build; for {@code serve} they are compiled from {@code templates/} on demand and recompiled
 * when a file changes. Thread-safe.
 */
public final class PageRenderer {

    private final TemplateEngine engine;

    private PageRenderer(TemplateEngine engine) {
        this.engine = engine;
    }

    /** The templates compiled into the jar. */
    public static PageRenderer precompiled() {
        return new PageRenderer(TemplateEngine.createPrecompiled(ContentType.Html));
    }

    /**
     * Templates read from {@code templates}, compiled into {@code classDirectory}, and compiled
     * again whenever a template file changes. Needs a JDK (its compiler) at run time.
     */
    public static PageRenderer fromDirectory(Path templates, Path classDirectory) {
        ClassLoader loader = PageRenderer.class.getClassLoader();
        TemplateEngine engine = TemplateEngine.create(new DirectoryCodeResolver(templates), classDirectory,
                ContentType.Html, loader);
        // The same output as the jte Maven plugin's, which is configured alike (pom.xml).
        engine.setTrimControlStructures(true);
        engine.setHtmlCommentsPreserved(true);
        // Templates use newsbrief's records and jte's runtime. Name where those are, so templates
        // compile under `mvn exec:java` too, where java.class.path is Maven's own launcher.
        engine.setClassPath(List.of(locationOf(PageRenderer.class), locationOf(TemplateOutput.class)));
        return new PageRenderer(engine);
    }

    private static String locationOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate " + type, e);
        }
    }

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
