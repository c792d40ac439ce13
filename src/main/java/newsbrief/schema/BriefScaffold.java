package newsbrief.schema;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import newsbrief.diag.VisibleText;

/**
 * A new brief, laid out from the schema:
 * <pre>
 * ---
 * title: Central banks test shared ledger
 * date: '2026-11-26'
 * tags: []
 * draft: true
 * ---
 *
 * ## The Summary
 *
 * - TK: one thing a reader must know, in a sentence.
 * - TK: one thing a reader must know, in a sentence.
 * ...
 * </pre>
 * "TK" is the newsroom's mark for copy to come; the placeholder check flags it, and the draft
 * flag keeps the brief unpublished until an editor removes it. What the editor gives is checked
 * by the schema's own rules before anything is written ({@link DraftCheck}).
 */
public final class BriefScaffold {

    /**
     * What {@code new} was given.
     *
     * @param headline the title
     * @param slug     a slug for the file name instead of the headline's
     * @param date     the date instead of today, as the front matter would have it
     * @param tags     the tags
     */
    public record Draft(String headline, Optional<String> slug, Optional<String> date, List<String> tags) {
        public Draft {
            Objects.requireNonNull(headline, "headline");
            Objects.requireNonNull(slug, "slug");
            Objects.requireNonNull(date, "date");
            tags = List.copyOf(tags);
        }
    }

    /**
     * One thing wrong with what was given.
     *
     * @param what    the option, or {@code HEADLINE}
     * @param message what is wrong, as a diagnostic says it
     */
    public record Problem(String what, String message) {
    }

    private final BriefSchema schema;
    private final DraftCheck check;

    /** A scaffold for a site without a time zone. */
    public BriefScaffold(BriefSchema schema) {
        this(schema, Optional.empty());
    }

    /** @param zone the site's time zone, for a {@code --date} given without offset */
    public BriefScaffold(BriefSchema schema, Optional<ZoneId> zone) {
        this.schema = schema;
        this.check = new DraftCheck(schema, zone);
    }

    /** Writes the brief into {@code briefs}; never over an existing file, never with a value the schema refuses. */
    public Path create(Path briefs, Draft draft, LocalDate today) throws IOException, InvalidException {
        Map<String, Object> frontMatter = frontMatter(draft, today);
        List<Problem> problems = check.problems(draft, dump(frontMatter));
        Optional<String> slug = draft.slug().or(() -> BriefFiles.slugOf(draft.headline()));
        if (problems.isEmpty() && slug.isEmpty()) {
            problems = List.of(new Problem("HEADLINE", "\"" + VisibleText.of(draft.headline().strip())
                    + "\" gives no slug; give one with --slug"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidException(problems);
        }
        LocalDate day = draft.date().map(check::day).orElse(today);
        Path file = BriefFiles.file(briefs, day, slug.get());
        BriefFiles.writeNew(file, text(frontMatter));
        return file;
    }

    private Map<String, Object> frontMatter(Draft draft, LocalDate today) {
        Map<String, Object> frontMatter = new LinkedHashMap<>();
        frontMatter.put("title", draft.headline().strip());
        frontMatter.put("date", draft.date().map(String::strip).orElse(today.toString()));
        if (schema.field("tags").isPresent() || !draft.tags().isEmpty()) {
            frontMatter.put("tags", draft.tags().stream().map(String::strip).toList());
        }
        if (schema.field("draft").isPresent()) {
            frontMatter.put("draft", true);
        }
        return frontMatter;
    }

    /** The front matter's YAML, for checking before it is written. */
    static String dump(Map<String, Object> frontMatter) {
        String fenced = BriefFiles.frontMatter(frontMatter);
        return fenced.substring("---\n".length(), fenced.length() - "---\n".length());
    }

    /** The file's text. */
    private String text(Map<String, Object> frontMatter) {
        StringBuilder text = new StringBuilder(BriefFiles.frontMatter(frontMatter));
        if (schema.layout().preamble().allowed()) {
            text.append("\nTK: a line or two before the first section.\n");
        }
        for (SectionRule section : schema.sections()) {
            text.append("\n").append("#".repeat(section.headingLevel())).append(" ").append(section.heading())
                    .append("\n\n").append(guidance(section));
            section.subsections().ifPresent(sub -> sub.required().forEach(name -> text.append("\n")
                    .append("#".repeat(sub.levels().stream().min(Integer::compare).orElse(3))).append(" ")
                    .append(name).append("\n\n").append(guidance(section))));
        }
        return text.toString();
    }

    /** One line of guidance per section, shaped like what the section must hold. */
    private static String guidance(SectionRule section) {
        if (section.blocks().contains(BlockKind.BULLET_LIST) && !section.blocks().contains(BlockKind.PARAGRAPH)) {
            int bullets = Math.max(1, section.minBullets().orElse(1));
            return "- TK: one thing a reader must know, in a sentence.\n".repeat(bullets);
        }
        String optional = section.required() ? "" : " (optional: delete this section if there is nothing to say)";
        return "TK: write \"" + section.heading() + "\" here" + optional + ".\n";
    }

    /** What was given cannot make a valid brief; nothing was written. */
    public static final class InvalidException extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient List<Problem> problems;

        InvalidException(List<Problem> problems) {
            super(problems.toString());
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    /** The brief's file exists already; nothing was written. */
    public static final class ExistsException extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient Path file;

        ExistsException(Path file) {
            super(file + " already exists");
            this.file = file;
        }

        public Path file() {
            return file;
        }
    }
}
