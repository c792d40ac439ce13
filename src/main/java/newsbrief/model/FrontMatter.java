package newsbrief.model;

import java.util.List;
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
        Optional<PublicationDate> updated) {

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
    }
}
