package newsbrief.email;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import newsbrief.BriefReader;
import newsbrief.BuildResult;
import newsbrief.Settings;
import newsbrief.content.ContentScanner;
import newsbrief.diag.Diagnostics;
import newsbrief.model.Brief;
import newsbrief.model.Publication;
import newsbrief.model.Site;
import newsbrief.schema.CollectionValidator;

/**
 * Reads and validates the content the way {@code SiteBuild} does (settings, every brief, then all
 * briefs together) and gives the {@link Site} to publish. A stand-in until the build pipeline
 * offers the validated site to every output; the email command then takes it from there.
 */
public final class EmailSiteLoader {

    /**
     * What loading gave.
     *
     * @param outcome     OK, or why there is no site
     * @param diagnostics every problem found
     * @param briefCount  how many brief files were read
     * @param site        the site, when the outcome is OK
     */
    public record Loaded(BuildResult.Outcome outcome, Diagnostics diagnostics, int briefCount, Optional<Site> site) {
        public Loaded {
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(diagnostics, "diagnostics");
            Objects.requireNonNull(site, "site");
        }
    }

    private final ContentScanner scanner;

    /** @param workingDirectory the project root, which diagnostic paths are relative to */
    public EmailSiteLoader(Path workingDirectory) {
        this.scanner = new ContentScanner(workingDirectory);
    }

    /**
     * @param baseUrl a base URL that overrides site.yaml's
     * @param strict  treat warnings as errors
     */
    public Loaded load(Path content, Optional<String> baseUrl, Publication publication, boolean strict) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<Settings> settings = Settings.load(content, baseUrl, scanner, diagnostics);
        if (settings.isEmpty()) {
            return new Loaded(BuildResult.Outcome.CONFIGURATION_ERRORS, diagnostics, 0, Optional.empty());
        }
        List<Path> files = scanner.findBriefs(content.resolve("briefs"), content, diagnostics);
        BriefReader reader = new BriefReader(scanner, settings.get());
        List<BriefReader.Outcome> outcomes = files.parallelStream().map(reader::read).toList();
        outcomes.forEach(outcome -> diagnostics.addAll(outcome.diagnostics()));
        List<Brief> briefs = outcomes.stream().flatMap(outcome -> outcome.brief().stream()).toList();
        new CollectionValidator(settings.get().schema().policy()).validate(briefs, diagnostics);
        if (diagnostics.hasErrors() || strict && diagnostics.warningCount() > 0) {
            return new Loaded(BuildResult.Outcome.CONTENT_ERRORS, diagnostics, files.size(), Optional.empty());
        }
        Site site = Site.of(settings.get().config(), briefs, publication);
        return new Loaded(BuildResult.Outcome.OK, diagnostics, files.size(), Optional.of(site));
    }
}
