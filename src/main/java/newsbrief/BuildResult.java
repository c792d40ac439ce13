package newsbrief;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import newsbrief.diag.Diagnostics;

/**
 * How a run went, the same for {@code build}, {@code check} and {@code serve}.
 *
 * @param outcome     what happened
 * @param diagnostics every problem found
 * @param briefCount  how many brief files were read
 * @param pageCount   how many pages the site has (0 unless it was written)
 * @param filesMade   how many files this run made (the preview keeps the rest from its last run)
 * @param filesTotal  how many files the site has (0 unless it was written)
 * @param heldBack    valid briefs the run did not publish: drafts, and briefs scheduled for later
 * @param millis      how long the run took
 * @param failure     for {@link Outcome#OUTPUT_FAILED}: why the output could not be written
 */
public record BuildResult(Outcome outcome, Diagnostics diagnostics, int briefCount, int pageCount, int filesMade,
        int filesTotal, List<HeldBack> heldBack, long millis, Optional<String> failure) {

    /** The ways a run can end. */
    public enum Outcome {
        /** Valid; the site was written, or there was nothing to write ({@code check}). */
        OK,
        /** A brief or a template has errors (or warnings, in strict mode); nothing was written. */
        CONTENT_ERRORS,
        /** site.yaml or schema.yaml has errors; nothing was read further. */
        CONFIGURATION_ERRORS,
        /** The content was valid but the output folder could not be used. */
        OUTPUT_FAILED
    }

    public BuildResult {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(diagnostics, "diagnostics");
        heldBack = List.copyOf(heldBack);
        Objects.requireNonNull(failure, "failure");
    }

    public boolean ok() {
        return outcome == Outcome.OK;
    }

    static BuildResult written(Diagnostics diagnostics, int briefs, int pages, int made, int total,
            List<HeldBack> heldBack, long start) {
        return new BuildResult(Outcome.OK, diagnostics, briefs, pages, made, total, heldBack, millisSince(start),
                Optional.empty());
    }

    static BuildResult failed(Outcome outcome, Diagnostics diagnostics, int briefs, long start) {
        return new BuildResult(outcome, diagnostics, briefs, 0, 0, 0, List.of(), millisSince(start), Optional.empty());
    }

    static BuildResult outputFailed(Diagnostics diagnostics, int briefs, String why, long start) {
        return new BuildResult(Outcome.OUTPUT_FAILED, diagnostics, briefs, 0, 0, 0, List.of(), millisSince(start),
                Optional.of(why));
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
