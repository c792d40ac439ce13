package newsbrief.diag;

import java.util.Locale;

/** How bad a problem is: an error fails the build, a warning does not. */
public enum Severity {
    ERROR,
    WARNING;

    /** The word printed in a diagnostic line: {@code error} or {@code warning}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
