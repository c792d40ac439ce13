package newsbrief.diag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What is shown of a run's problems: at most {@link #PER_RULE} of one rule in one file, then one
 * line that counts the rest ({@code … and 57 more placeholder warnings in this file}), so that
 * output grows with the number of files and rules, not with the number of repeats. The counts of
 * errors and warnings still take every problem.
 */
public final class RepeatCap {

    /** Problems of one rule shown in one file. */
    public static final int PER_RULE = 10;

    private RepeatCap() {
    }

    /** {@code sorted}, as {@link Diagnostics#sorted()} gives it, with repeats beyond the cap counted. */
    public static List<Diagnostic> apply(List<Diagnostic> sorted) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Diagnostic> firstHidden = new HashMap<>();
        List<Diagnostic> shown = new ArrayList<>();
        for (Diagnostic diagnostic : sorted) {
            String key = diagnostic.path() + "\n" + diagnostic.rule().id();
            int count = counts.merge(key, 1, Integer::sum);
            if (count <= PER_RULE) {
                shown.add(diagnostic);
            } else {
                firstHidden.putIfAbsent(key, diagnostic);
            }
        }
        if (firstHidden.isEmpty()) {
            return sorted;
        }
        firstHidden.forEach((key, first) -> shown.add(more(first, counts.get(key) - PER_RULE)));
        return shown.stream().sorted(Diagnostic.ORDER).toList();
    }

    /** The line standing for {@code hidden} problems, where the first of them is. */
    private static Diagnostic more(Diagnostic first, int hidden) {
        String kind = first.isError() ? "error" : "warning";
        return new Diagnostic(first.path(), first.position(), first.severity(), first.rule(),
                "… and " + hidden + " more " + first.rule().id() + " " + kind + (hidden == 1 ? "" : "s") + " in this file",
                Optional.empty(), Optional.empty());
    }
}
