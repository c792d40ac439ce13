package newsbrief.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The validated front matter of a brief (src/docs/BRIEF-FORMAT.md, "Front matter").
 *
 * @param title       the headline
 * @param date        when it was published
 * @param tags        short lowercase slugs, in the order written, without repeats
 * @param author      who wrote it
 * @param slug        an explicit slug; otherwise the file name gives one
 * @param description text for search engines and cards
 * @param sources     what the brief draws on
 * @param image       path or URL of a card image
 * @param draft       validated but not published
 * @param updated     when the brief was last changed in substance, if after its date
 * @param fields      every field the brief gives, by name, with the type its schema declares:
 *                    the ones above and a schema's own, for templates
 */
public record FrontMatter(
        String title,
        PublicationDate date,
        List<String> tags,
        Optional<String> author,
        Optional<String> slug,
        Optional<String> description,
        List<SourceLink> sources,
        Optional<String> image,
        boolean draft,
        Optional<PublicationDate> updated,
        Map<String, FieldValue> fields) {

    public FrontMatter {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        tags = List.copyOf(tags);
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(description, "description");
        sources = List.copyOf(sources);
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(updated, "updated");
        fields = Map.copyOf(fields);
    }

    /** Front matter with no field besides the ones the site reads. */
    public FrontMatter(String title, PublicationDate date, List<String> tags, Optional<String> author,
            Optional<String> slug, Optional<String> description, List<SourceLink> sources, Optional<String> image,
            boolean draft, Optional<PublicationDate> updated) {
        this(title, date, tags, author, slug, description, sources, image, draft, updated, Map.of());
    }

    /** A field by name, as its schema types it. */
    public Optional<FieldValue> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    /**
     * A field's value as text, for templates: text as written, a date as {@code 2026-11-26}, a list
     * joined with ", ", a URL as written, true or false, link titles joined with ", ".
     */
    public Optional<String> text(String name) {
        return field(name).map(FieldValue::asText);
    }
}
