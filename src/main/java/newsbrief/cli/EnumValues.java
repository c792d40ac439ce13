package newsbrief.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.TypeConversionException;

/**
 * An option's enum values as users type them, in lower case and in any case: {@code --format=json}.
 * picocli's own messages name the constants ({@code [TEXT, JSON, GITHUB]}) or, from
 * {@code valueOf}, the Java class; this names the values as they are written.
 */
final class EnumValues {

    private EnumValues() {
    }

    /** The lower-case names, in declaration order. */
    static <E extends Enum<E>> List<String> names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(value -> value.name().toLowerCase(Locale.ROOT)).toList();
    }

    /** The constant named {@code text} in any case, or a conversion error naming every valid value. */
    static <E extends Enum<E>> E parse(Class<E> type, String text) {
        for (E value : type.getEnumConstants()) {
            if (value.name().equalsIgnoreCase(text.strip())) {
                return value;
            }
        }
        List<String> names = names(type);
        throw new TypeConversionException("expected " + String.join(", ", names.subList(0, names.size() - 1))
                + " or " + names.get(names.size() - 1) + ", not '" + text + "'");
    }

    /** Completion candidates and {@code ${COMPLETION-CANDIDATES}} in help: the names as written. */
    abstract static class Candidates<E extends Enum<E>> implements Iterable<String> {
        private final Class<E> type;

        Candidates(Class<E> type) {
            this.type = type;
        }

        @Override
        public Iterator<String> iterator() {
            return names(type).iterator();
        }
    }
}
