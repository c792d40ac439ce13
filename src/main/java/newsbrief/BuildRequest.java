package newsbrief;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
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
 */
public record BuildRequest(Path contentDirectory, Optional<Path> outputDirectory, Optional<String> baseUrl,
        boolean includeDrafts, boolean includeFuture, boolean strict, Instant now) {

    public BuildRequest {
        Objects.requireNonNull(contentDirectory, "contentDirectory");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(now, "now");
    }

    public static BuildRequest check(Path contentDirectory) {
        return new BuildRequest(contentDirectory, Optional.empty(), Optional.empty(), false, false, false,
                Instant.now());
    }

    public static BuildRequest build(Path contentDirectory, Path outputDirectory) {
        return new BuildRequest(contentDirectory, Optional.of(outputDirectory), Optional.empty(), false, false, false,
                Instant.now());
    }

    public BuildRequest withBaseUrl(String url) {
        return new BuildRequest(contentDirectory, outputDirectory, Optional.of(url), includeDrafts, includeFuture,
                strict, now);
    }

    public BuildRequest withDrafts(boolean drafts) {
        return new BuildRequest(contentDirectory, outputDirectory, baseUrl, drafts, includeFuture, strict, now);
    }

    public BuildRequest withFuture(boolean future) {
        return new BuildRequest(contentDirectory, outputDirectory, baseUrl, includeDrafts, future, strict, now);
    }

    public BuildRequest withStrict(boolean strictMode) {
        return new BuildRequest(contentDirectory, outputDirectory, baseUrl, includeDrafts, includeFuture, strictMode,
                now);
    }

    public BuildRequest withNow(Instant moment) {
        return new BuildRequest(contentDirectory, outputDirectory, baseUrl, includeDrafts, includeFuture, strict,
                moment);
    }

    /** Which briefs this run publishes. */
    public Publication publication() {
        return new Publication(includeDrafts, includeFuture, now);
    }
}
