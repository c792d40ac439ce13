package newsbrief.cli;

import java.io.PrintWriter;
import java.util.List;
import newsbrief.HeldBack;

/**
 * Says which valid briefs a build did not publish, so an editor sees why a brief is not on the
 * site and when the next scheduled one is due:
 * <pre>
 * held back: content/briefs/2026-12-24-x.md (scheduled for 2026-12-24T06:00:00Z)
 * held back: content/briefs/2026-11-30-y.md (draft)
 * next scheduled brief is due 2026-12-24T06:00:00Z: a build on or after then publishes it
 * </pre>
 */
final class HeldBackReport {

    private HeldBackReport() {
    }

    static void print(List<HeldBack> heldBack, PrintWriter out) {
        for (HeldBack held : heldBack) {
            out.println("held back: " + held.sourcePath() + " ("
                    + held.scheduled().map(date -> "scheduled for " + date.rfc3339()).orElse("draft") + ")");
        }
        heldBack.stream().flatMap(held -> held.scheduled().stream()).findFirst().ifPresent(next -> out.println(
                "next scheduled brief is due " + next.rfc3339() + ": a build on or after then publishes it"));
    }
}
