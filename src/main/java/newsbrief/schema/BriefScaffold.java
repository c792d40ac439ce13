package newsbrief.schema;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsbrief.model.Slug;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

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
 * flag keeps the brief unpublished until an editor removes it.
 */
public final class BriefScaffold {

    /** Slugs longer than this are cut at a hyphen: file names and URLs stay readable. */
    static final int MAX_SLUG = 60;

    private final BriefSchema schema;

    public BriefScaffold(BriefSchema schema) {
        this.schema = schema;
    }

    /** Writes the brief into {@code briefs}; never over an existing file. */
    public Path create(Path briefs, String headline, LocalDate today) throws IOException {
        Path file = briefs.resolve(today + "-" + slug(headline) + ".md");
        Files.createDirectories(briefs);
        try {
            Files.writeString(file, text(headline, today), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new ExistsException(file);
        }
        return file;
    }

    static String slug(String headline) {
        String slug = Slug.fromText(headline);
        if (slug.length() <= MAX_SLUG) {
            return slug;
        }
        int cut = slug.lastIndexOf('-', MAX_SLUG);
        return slug.substring(0, cut > 0 ? cut : MAX_SLUG);
    }

    /** The file's text: front matter written by snakeyaml, so any headline is quoted correctly. */
    public String text(String headline, LocalDate today) {
        Map<String, Object> frontMatter = new LinkedHashMap<>();
        frontMatter.put("title", headline.strip());
        frontMatter.put("date", today.toString());
        frontMatter.put("tags", List.of());
        frontMatter.put("draft", true);
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setWidth(Integer.MAX_VALUE);
        options.setLineBreak(DumperOptions.LineBreak.UNIX);
        StringBuilder text = new StringBuilder("---\n").append(new Yaml(options).dump(frontMatter)).append("---\n");
        for (SectionRule section : schema.sections()) {
            text.append("\n## ").append(section.heading()).append("\n\n").append(guidance(section));
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
