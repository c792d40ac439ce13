package newsbrief.content;

import com.ibm.icu.text.MessagePattern;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a label's value, an ICU MessageFormat pattern, against the pattern of its key in the
 * reference set: it must parse, keep every placeholder and add none, use a number as a number and
 * a text as a text, and hold once, outside any plural or select, a placeholder the page wraps in
 * markup of its own ({@code <time>} around the date of "Updated {date}").
 */
final class LabelPatterns {

    /** Placeholders that stand for numbers; every other one is a text. */
    static final Set<String> NUMBERS = Set.of("count", "number", "minutes", "words");
    /** Labels whose placeholder the templates put markup around, by key. */
    static final Map<String, String> WRAPPED = Map.of("updated", "date", "tagHeading", "tag");

    private static final Set<String> NUMBER_FORMATS = Set.of("number", "spellout", "ordinal");

    /** A problem with a value, for a diagnostic at its line. */
    record Problem(String message, String hint) {
    }

    /** One placeholder as a pattern uses it, and how deep it stands in plurals and selects. */
    private record Use(String name, MessagePattern.ArgType type, String format, int depth) {
    }

    private LabelPatterns() {
    }

    /**
     * The first problem of {@code value} as the label {@code key}, whose reference pattern is
     * {@code reference} (none when the value is itself a reference).
     */
    static Optional<Problem> check(String key, String value, Optional<String> reference) {
        if (value.isBlank()) {
            return Optional.of(new Problem("label \"" + key + "\" is empty", "give the words to show"));
        }
        List<Use> uses;
        try {
            uses = uses(value);
        } catch (IllegalArgumentException e) {
            return Optional.of(new Problem("label \"" + key + "\" is not a valid message: " + e.getMessage(),
                    "a brace starts a placeholder such as {count}; quote one to show it: '{'"));
        }
        Set<String> expected = reference.map(pattern -> names(uses(pattern))).orElse(names(uses));
        Set<String> found = names(uses);
        for (String name : expected) {
            if (!found.contains(name)) {
                return Optional.of(new Problem("label \"" + key + "\" lacks the placeholder {" + name + "}",
                        "keep every placeholder of \"" + reference.orElse(value) + "\": " + list(expected)));
            }
        }
        for (String name : found) {
            if (!expected.contains(name)) {
                return Optional.of(new Problem("label \"" + key + "\" has an unknown placeholder {" + name + "}",
                        (expected.isEmpty() ? "it takes none" : "it takes " + list(expected))
                                + "; quote a brace to show it: '{'"));
            }
        }
        return uses.stream().map(use -> misuse(key, use)).flatMap(Optional::stream).findFirst()
                .or(() -> wrapped(key, uses));
    }

    private static Optional<Problem> misuse(String key, Use use) {
        boolean number = NUMBERS.contains(use.name());
        boolean fits = switch (use.type()) {
            case NONE -> true;
            case SELECT -> !number;
            case PLURAL, SELECTORDINAL, CHOICE -> number;
            case SIMPLE -> number && NUMBER_FORMATS.contains(use.format());
        };
        if (fits) {
            return Optional.empty();
        }
        return Optional.of(new Problem("label \"" + key + "\" formats {" + use.name() + "} as "
                + (use.type() == MessagePattern.ArgType.SIMPLE ? use.format() : use.type().name().toLowerCase(java.util.Locale.ROOT))
                + ", but it is " + (number ? "a number" : "a text"),
                number ? "write {" + use.name() + "} alone, or choose by it: {" + use.name()
                        + ", plural, one {...} other {...}}" : "write {" + use.name() + "} alone, or choose by it with select"));
    }

    private static Optional<Problem> wrapped(String key, List<Use> uses) {
        String name = WRAPPED.get(key);
        if (name == null) {
            return Optional.empty();
        }
        long topLevel = uses.stream().filter(use -> use.name().equals(name) && use.depth() == 0).count();
        long all = uses.stream().filter(use -> use.name().equals(name)).count();
        if (topLevel == 1 && all == 1) {
            return Optional.empty();
        }
        return Optional.of(new Problem("label \"" + key + "\" must hold {" + name
                + "} once, outside any plural or select", "the page marks it up where it stands"));
    }

    /** Every placeholder of a pattern, at any depth; numbered ones ({0}) by their number. */
    private static List<Use> uses(String pattern) {
        MessagePattern parsed = new MessagePattern(pattern);
        List<Use> uses = new ArrayList<>();
        int depth = 0;
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part part = parsed.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_START) {
                String name = parsed.getSubstring(parsed.getPart(i + 1));
                MessagePattern.ArgType type = part.getArgType();
                String format = type == MessagePattern.ArgType.SIMPLE ? parsed.getSubstring(parsed.getPart(i + 2)) : "";
                uses.add(new Use(name, type, format, depth));
                depth++;
            } else if (part.getType() == MessagePattern.Part.Type.ARG_LIMIT) {
                depth--;
            }
        }
        return uses;
    }

    private static Set<String> names(List<Use> uses) {
        return uses.stream().map(Use::name).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static String list(Set<String> names) {
        return names.stream().map(name -> "{" + name + "}").collect(Collectors.joining(", "));
    }
}
