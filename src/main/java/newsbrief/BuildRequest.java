package newsbrief;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What a run is asked to do.
 *
 * @param contentDirectory the folder with {@code site.yaml}, {@code briefs/} and maybe {@code schema.yaml}
 * @param outputDirectory  where to write the site; empty to validate only ({@code check})
 * @param baseUrl          a base URL that overrides site.yaml's
 * @param includeDrafts    publish drafts too
 * @param strict           treat warnings as errors
 */
public record BuildRequest(Path contentDirectory, Optional<Path> outputDirectory, Optional<String> baseUrl,
        boolean includeDrafts, boolean strict) {

    public BuildRequest {
        Objects.requireNonNull(contentDirectory, "contentDirectory");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(baseUrl, "baseUrl");
    }

    public static BuildRequest check(Path contentDirectory) {
        return new BuildRequest(contentDirectory, Optional.empty(), Optional.empty(), false, false);
    }

    public static BuildRequest build(Path contentDirectory, Path outputDirectory) {
        return new BuildRequest(contentDirectory, Optional.of(outputDirectory), Optional.empty(), false, false);
    }

    public BuildRequest withBaseUrl(String url) {
        return new BuildRequest(contentDirectory, outputDirectory, Optional.of(url), includeDrafts, strict);
    }

    public BuildRequest withDrafts(boolean drafts) {
        return new BuildRequest(contentDirectory, outputDirectory, baseUrl, drafts, strict);
    }

    public BuildRequest withStrict(boolean strictMode) {
        return new BuildRequest(contentDirectory, outputDirectory, baseUrl, includeDrafts, strictMode);
    }
}
