package newsbrief;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import newsbrief.model.Publication;

/**
 * What a run is asked to do.
 *
 * @param contentDirectory the folder with {@code site.yaml}, {@code briefs/} and maybe {@code schema.yaml}
 * @param outputDirectory  where to write the site; empty to validate only ({@code check})
 * @param baseUrl          a base URL that overrides site.yaml's
 * @param includeDrafts    publish drafts too
 * @param includeFuture    publish briefs dated after {@code now} too
 * @param strict           treat warnings as errors
 * @param now              the moment of the build, which decides what is "in the future"
 * @param allowEmpty       replace a site that has briefs with one that has none
 * @param changed          the files changed since the last run of the same {@link SiteBuild}; empty
 *                         means "read everything", as a first run does anyway
 */
public record BuildRequest(Path contentDirectory, Optional<Path> outputDirectory, Optional<String> baseUrl,
        boolean includeDrafts, boolean includeFuture, boolean strict, Instant now, boolean allowEmpty,
        Set<Path> changed) {

    public BuildRequest {
        Objects.requireNonNull(contentDirectory, "contentDirectory");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(now, "now");
        changed = Set.copyOf(changed);
    }

    public static BuildRequest check(Path contentDirectory) {
        return new BuildRequest(contentDirectory, Optional.empty(), Optional.empty(), false, false, false,
                Instant.now(), false, Set.of());
    }

    public static BuildRequest build(Path contentDirectory, Path outputDirectory) {
        return new BuildRequest(contentDirectory, Optional.of(outputDirectory), Optional.empty(), false, false, false,
                Instant.now(), false, Set.of());
    }

    public BuildRequest withBaseUrl(String url) {
        return new BuildRequest(contentDirectory, outputDirectory, Optional.of(url), includeDrafts, includeFuture,
                strict, now, allowEmpty, changed);
    }

    public BuildRequest withDrafts(boolean drafts) {
        return new BuildRequest(contentDirectory, outputDirectory, baseUrl, drafts, includeFuture, strict, now, allowEmpty,
                changed);
    }

    public BuildRequest withFuture(boolean future) {
        return new BuildRequest(contentDirectory, outputDirectory, baseUrl, includeDrafts, future, strict, now, allowEmpty,
                changed);
    }

    public BuildRequest withStrict(boolean strictMode) {
        return new BuildRequest(contentDirectory, outputDirectory, baseUrl, includeDrafts, includeFuture, strictMode,
                now, allowEmpty, changed);
    }

    public BuildRequest withNow(Instant moment) {
        return new BuildRequest(contentDirectory, outputDirectory, baseUrl, includeDrafts, includeFuture, strict,
                moment, allowEmpty, changed);
    }

    public BuildRequest withAllowEmpty(boolean allow) {
        return new BuildRequest(contentDirectory, outputDirectory, baseUrl, includeDrafts, includeFuture, strict, now,
                allow, changed);
    }

    /** The same run, told which files changed since the last one. */
    public BuildRequest withChanged(Set<Path> files) {
        return new BuildRequest(contentDirectory, outputDirectory, baseUrl, includeDrafts, includeFuture, strict, now,
                allowEmpty, files);
    }

    /** A preview: drafts and scheduled briefs shown, at {@code moment}, nothing written to a folder. */
    public static BuildRequest preview(Path contentDirectory, String baseUrl, Instant moment) {
        return new BuildRequest(contentDirectory, Optional.empty(), Optional.of(baseUrl), true, true, false, moment,
                false, Set.of());
    }

    /** Which briefs this run publishes. */
    public Publication publication() {
        return new Publication(includeDrafts, includeFuture, now);
    }
}
