package newsbrief.site;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One page to render through a template.
 *
 * @param outputPath   where it goes, relative to the output folder, with {@code /}: {@code briefs/x/index.html}
 * @param template     the jte template that renders it
 * @param model        the record the template takes
 * @param inSitemap    whether search engines should be told of it (not the 404 page)
 * @param lastModified when what it shows last changed, for the sitemap; empty when it shows no brief
 */
public record PlannedPage(String outputPath, String template, Object model, boolean inSitemap,
        Optional<LocalDate> lastModified) {

    public PlannedPage {
        Objects.requireNonNull(outputPath, "outputPath");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(lastModified, "lastModified");
    }
}
