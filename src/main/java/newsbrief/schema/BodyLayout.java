package newsbrief.schema;

import java.util.Objects;
import java.util.Optional;

/**
 * How a brief's body is laid out around its sections: what may stand before the first one, whether
 * they keep the schema's order, what an unknown heading gets, whether HTML comments count, and which
 * section is the lead. The defaults are the brief format of src/docs/BRIEF-FORMAT.md.
 *
 * @param preamble        text before the first section
 * @param order           whether sections must keep the schema's order
 * @param unknownSections what a heading that matches no section gets
 * @param dropHtmlComments whether {@code <!-- -->} comments are dropped before anything is checked
 * @param lead            the id of the section that stands on list pages; else the first section
 */
public record BodyLayout(PreambleRule preamble, Order order, UnknownSections unknownSections,
        boolean dropHtmlComments, Optional<String> lead) {

    /** Nothing before the first section, strict order, unknown headings are errors, comments are HTML. */
    public static final BodyLayout DEFAULT = new BodyLayout(PreambleRule.NOT_ALLOWED, Order.STRICT,
            UnknownSections.ERROR, false, Optional.empty());

    public BodyLayout {
        Objects.requireNonNull(preamble, "preamble");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(unknownSections, "unknownSections");
        Objects.requireNonNull(lead, "lead");
    }

    /** {@code order: strict} (the schema's order) or {@code order: any}. */
    public enum Order {
        STRICT, ANY
    }

    /** {@code unknown-sections: error | warning | allow}. */
    public enum UnknownSections {
        ERROR, WARNING, ALLOW
    }

    /**
     * The schema's {@code preamble: {allowed: true, required: false, words: {max: 60}}}.
     *
     * @param allowed  whether text may stand before the first section
     * @param required whether it must
     * @param words    its range of words
     */
    public record PreambleRule(boolean allowed, boolean required, Optional<WordLimit> words) {

        public static final PreambleRule NOT_ALLOWED = new PreambleRule(false, false, Optional.empty());

        public PreambleRule {
            Objects.requireNonNull(words, "words");
        }
    }
}
