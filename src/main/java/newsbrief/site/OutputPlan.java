package newsbrief.site;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import newsbrief.model.Brief;
import newsbrief.model.ContentKey;
import newsbrief.model.Site;
import newsbrief.model.StaticFile;
import newsbrief.render.Links;
import newsbrief.render.Templates;

/**
 * The files of one run, as the outputs add them, with what they need to plan: the site, its
 * {@link Links} and what every file depends on besides its own inputs. Not thread-safe: outputs
 * plan one after another; files are made in parallel afterwards.
 */
public final class OutputPlan {

    private final Site site;
    private final Links links;
    /**
     * The settings, the templates and which briefs are marked scheduled, hashed once: every file's
     * key starts from a copy. The scheduled marks are in every key, not in those of the pages that
     * show the briefs: they change rarely (a date edited, or the clock passing one), and asking
     * each page's briefs for theirs cost more than the rest of the key.
     */
    private final ContentKey.Builder runKey;
    private final Templates templates;
    private final List<StaticFile> staticFiles;
    private final List<PlannedFile> files;
    private Map<String, List<Brief>> byTag;

    /**
     * @param settingsKey  a digest of the settings and schema of the run
     * @param templates    the templates and assets of the run, prepared
     * @param templatesKey what {@link Templates#prepare()} returned
     * @param staticFiles  the files of {@code content/static/}
     */
    public OutputPlan(Site site, String settingsKey, Templates templates, String templatesKey,
            List<StaticFile> staticFiles) {
        this.site = Objects.requireNonNull(site, "site");
        this.links = new Links(site.config());
        this.runKey = ContentKey.of("run").add(Objects.requireNonNull(settingsKey, "settingsKey"))
                .add(Objects.requireNonNull(templatesKey, "templatesKey"));
        List<String> scheduled = site.scheduled().stream().sorted().toList();
        runKey.add(scheduled.size());
        scheduled.forEach(runKey::add);
        this.templates = Objects.requireNonNull(templates, "templates");
        this.staticFiles = List.copyOf(staticFiles);
        // About two files a brief (its page, and in the preview its email), and some for the site.
        this.files = new ArrayList<>(2 * site.briefs().size() + 256);
    }

    public Site site() {
        return site;
    }

    /** Each tag's briefs, newest first, tags in order: made once for all the outputs of the plan. */
    public Map<String, List<Brief>> briefsByTag() {
        if (byTag == null) {
            byTag = site.briefsByTag();
        }
        return byTag;
    }

    public Links links() {
        return links;
    }

    public List<StaticFile> staticFiles() {
        return staticFiles;
    }

    public Templates templates() {
        return templates;
    }

    /** A key builder for a file of {@code kind}, already holding the settings and templates. */
    public ContentKey.Builder key(String kind) {
        return runKey.copy().add(kind);
    }

    public void add(PlannedFile file) {
        files.add(file);
    }

    /** The files planned so far, in order. */
    public List<PlannedFile> files() {
        return Collections.unmodifiableList(files);
    }
}
