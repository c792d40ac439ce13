package newsbrief.site;

import java.nio.file.Files;
import newsbrief.model.ContentKey;
import newsbrief.model.StaticFile;

/**
 * The files of {@code content/static/} (images, favicon, logo, {@code .well-known/}), copied as they
 * are to the same paths below the site root. Their key is their path, size and time of change, so
 * the preview copies a file again when it is saved, without reading every image on every save.
 */
public final class StaticFilesOutput implements Output {

    @Override
    public void plan(OutputPlan plan) {
        for (StaticFile file : plan.staticFiles()) {
            plan.add(PlannedFile.unlisted(file.sitePath(), () -> ContentKey.of("static").add(file.sitePath())
                    .add(Long.toString(file.size())).add(Long.toString(file.modifiedMillis())).build(),
                    () -> Files.readAllBytes(file.source())));
        }
    }
}
