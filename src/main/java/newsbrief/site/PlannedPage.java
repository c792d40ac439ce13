package newsbrief.site;

import java.util.Objects;

/**
 * One page to write.
 *
 * @param outputPath where it goes, relative to the output folder, with {@code /}: {@code briefs/x/index.html}
 * @param template   the jte template that renders it
 * @param model      the record the template takes
 */
public record PlannedPage(String outputPath, String template, Object model) {

    public PlannedPage {
        Objects.requireNonNull(outputPath, "outputPath");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(model, "model");
    }
}
