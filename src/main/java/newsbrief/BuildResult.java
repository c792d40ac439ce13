package newsbrief;

import java.util.Objects;
import java.util.Optional;
import newsbrief.diag.Diagnostics;

/**
 * How a run went.
 *
 * @param outcome     what happened
 * @param diagnostics every problem found
 * @param briefCount  how many brief files were read
 * @param pageCount   how many pages were written (0 unless the site was written)
 * @param failure     for {@link Outcome#OUTPUT_FAILED}: why the output could not be written
 */
public record BuildResult(Outcome outcome, Diagnostics diagnostics, int briefCount, int pageCount,
        Optional<String> failure) {

    /** The ways a run can end. */
    public enum Outcome {
        /** Valid; the site was written, or there was nothing to write ({@code check}). */
        OK,
        /** A brief has errors (or warnings, in strict mode); nothing was written. */
        CONTENT_ERRORS,
        /** site.yaml or schema.yaml has errors; nothing was read further. */
        CONFIGURATION_ERRORS,
        /** The content was valid but the output folder could not be used. */
        OUTPUT_FAILED
    }

    public BuildResult {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(diagnostics, "diagnostics");
        Objects.requireNonNull(failure, "failure");
    }
}
