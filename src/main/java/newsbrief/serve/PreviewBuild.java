package newsbrief.serve;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import newsbrief.BuildRequest;
import newsbrief.BuildResult;
import newsbrief.SiteBuild;
import newsbrief.render.Templates;
import newsbrief.site.Outputs;

/**
 * The site built in memory for the preview, again and again, by the one pipeline
 * ({@link SiteBuild}): what it adds is only the preview's input — drafts and scheduled briefs
 * shown, the files that changed since the last run — and its target, a {@link SnapshotTarget}
 * that keeps every file with its key, so a run makes only the files whose inputs changed.
 *
 * <p>Templates: the jar's precompiled ones while {@code templates/} holds the same files (so the
 * first build starts at once), compiled from {@code templates/} on the fly from the first time it
 * differs. Not thread-safe: the watcher's single thread calls it.
 */
public final class PreviewBuild {

    /**
     * How a rebuild went.
     *
     * @param build    what the pipeline said
     * @param snapshot the site now served: the new one, or the last good one after a failure
     */
    public record Result(BuildResult build, Optional<SiteSnapshot> snapshot) {
        public boolean ok() {
            return build.ok();
        }
    }

    private final Path content;
    private final Path templatesFolder;
    private final Path classDirectory;
    private final String baseUrl;
    private final Clock clock;
    private final SnapshotTarget target = new SnapshotTarget();
    private final SiteBuild pipeline;
    private boolean compiling;

    /**
     * @param workingDirectory what diagnostic paths are relative to
     * @param templatesFolder  the templates to watch, compiled into {@code classDirectory} once they
     *                         differ from the jar's
     * @param baseUrl          where the preview is served, e.g. {@code http://127.0.0.1:8080/}
     */
    public PreviewBuild(Path workingDirectory, Path content, Path templatesFolder, Path classDirectory, String baseUrl,
            Clock clock) {
        this.content = content;
        this.templatesFolder = templatesFolder.toAbsolutePath().normalize();
        this.classDirectory = classDirectory;
        this.baseUrl = baseUrl;
        this.clock = clock;
        this.compiling = java.nio.file.Files.isDirectory(templatesFolder)
                && !Templates.sameAsPrecompiled(templatesFolder);
        this.pipeline = new SiteBuild(workingDirectory, templates(), Outputs.preview());
    }

    private Templates templates() {
        return compiling ? Templates.compiling(templatesFolder, classDirectory, PreviewBuild::readAsset)
                : Templates.precompiled();
    }

    /**
     * An asset of {@code templates/assets/} as saved, read only as a regular file inside it: a
     * symbolic link that leads out is not followed, and the jar's asset of that name is used.
     */
    private static Optional<byte[]> readAsset(Path assets, String name) throws java.io.IOException {
        try {
            return ServedFiles.read(assets, name);
        } catch (ServedFiles.OutsideRootException e) {
            return Optional.empty();
        }
    }

    /** Whether templates are compiled from the folder (rather than taken from the jar). */
    public boolean compilesTemplates() {
        return compiling;
    }

    /** Builds after {@code changed} files changed; the first call, or an empty set, reads everything. */
    public Result rebuild(Set<Path> changed) {
        if (!compiling && changed.stream().anyMatch(path -> path.toAbsolutePath().normalize().startsWith(templatesFolder))) {
            compiling = true;
            pipeline.useTemplates(templates());
        }
        BuildRequest request = BuildRequest.preview(content, baseUrl, clock.instant()).withChanged(changed);
        BuildResult result = pipeline.run(request, site -> target.open());
        return new Result(result, target.snapshot());
    }
}
