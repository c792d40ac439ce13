package newsbrief.schema;

import com.google.re2j.Pattern;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import newsbrief.model.Words;

/**
 * What one section of a brief must look like (src/docs/BRIEF-FORMAT.md, "Body").
 *
 * @param id                 stable name, used as the HTML id: {@code signal}
 * @param heading            the level-2 heading text: "The Signal"
 * @param aliases            other headings accepted for it
 * @param required           whether a brief must have it
 * @param blocks             the block kinds that may stand in it
 * @param minBullets         fewest bullets over its bullet lists
 * @param maxBullets         most bullets over its bullet lists
 * @param minParagraphs      fewest paragraphs
 * @param maxBulletSentences most sentences in one bullet, checked as a warning
 * @param words              the range of words of the section, with its severity
 * @param levels             the heading levels that open it: 2, or 1 and 2
 * @param pattern            headings it also takes, matched anywhere in the heading text (RE2)
 * @param repeat             whether it may stand more than once
 * @param subsections        the headings inside it, when the schema names or levels them
 */
public record SectionRule(
        String id,
        String heading,
        List<String> aliases,
        boolean required,
        Set<BlockKind> blocks,
        Optional<Integer> minBullets,
        Optional<Integer> maxBullets,
        Optional<Integer> minParagraphs,
        Optional<Integer> maxBulletSentences,
        Optional<WordLimit> words,
        Set<Integer> levels,
        Optional<Pattern> pattern,
        boolean repeat,
        Optional<SubsectionRule> subsections) {

    /** Sections are level-2 headings unless the schema says otherwise. */
    public static final Set<Integer> DEFAULT_LEVELS = Set.of(2);

    public SectionRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(heading, "heading");
        aliases = List.copyOf(aliases);
        blocks = Set.copyOf(blocks);
        Objects.requireNonNull(minBullets, "minBullets");
        Objects.requireNonNull(maxBullets, "maxBullets");
        Objects.requireNonNull(minParagraphs, "minParagraphs");
        Objects.requireNonNull(maxBulletSentences, "maxBulletSentences");
        Objects.requireNonNull(words, "words");
        levels = Set.copyOf(levels);
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(subsections, "subsections");
    }

    /** The level its heading is written at when a message suggests one: the highest it allows. */
    public int headingLevel() {
        return levels.stream().min(Integer::compare).orElse(2);
    }

    /** Whether a heading written in a brief names this section; case and spacing do not matter. */
    public boolean matches(String writtenHeading) {
        return namedBy(writtenHeading) || pattern.isPresent() && pattern.get().matcher(writtenHeading.strip()).find();
    }

    /** Whether a heading matches its heading or an alias rather than only its pattern. */
    boolean namedBy(String writtenHeading) {
        String written = normalise(writtenHeading);
        return normalise(heading).equals(written) || aliases.stream().map(SectionRule::normalise).anyMatch(written::equals);
    }

    /**
     * Lower case, single spaces, no spaces at the ends: "The  signal " → "the signal". Characters
     * that do not show are not part of a heading as an editor sees it: zero-width spaces and
     * joiners, word joiners and byte-order marks inside the text (and every other format
     * character) are dropped, and no-break and other Unicode spaces count as spaces.
     */
    static String normalise(String heading) {
        StringBuilder seen = new StringBuilder(heading.length());
        heading.codePoints().forEach(c -> {
            if (Character.isSpaceChar(c)) {
                seen.append(' ');
            } else if (Character.getType(c) != Character.FORMAT) {
                seen.appendCodePoint(c);
            }
        });
        return Words.collapseWhitespace(seen.toString()).toLowerCase(Locale.ROOT);
    }
}
