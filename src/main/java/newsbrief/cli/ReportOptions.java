package newsbrief.cli;

import picocli.CommandLine.Option;

/** Options every command shares about how strict to be and how to show problems. */
final class ReportOptions {

    /** When to colour text diagnostics. */
    enum Colour {
        AUTO,
        ALWAYS,
        NEVER
    }

    @Option(names = "--strict", description = "Treat warnings as errors: exit 1 and write nothing if there are any.")
    boolean strict;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            converter = ColourConverter.class, completionCandidates = ColourNames.class,
            description = "Colour diagnostics: auto (on a terminal, unless NO_COLOR is set), always or never.")
    Colour colour = Colour.AUTO;

    boolean useColour() {
        return useColour(colour);
    }

    static boolean useColour(Colour colour) {
        return switch (colour) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> System.console() != null && System.getenv("NO_COLOR") == null
                    && !"dumb".equals(System.getenv("TERM"));
        };
    }

    /** Accepts the values in any case, as users type them. */
    static final class ColourConverter implements picocli.CommandLine.ITypeConverter<Colour> {
        @Override
        public Colour convert(String value) {
            return EnumValues.parse(Colour.class, value);
        }
    }

    /** auto, always, never. */
    static final class ColourNames extends EnumValues.Candidates<Colour> {
        ColourNames() {
            super(Colour.class);
        }
    }
}
