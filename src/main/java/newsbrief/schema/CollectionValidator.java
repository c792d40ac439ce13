package newsbrief.schema;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newsbrief.diag.Diagnostic;
import newsbrief.diag.Diagnostics;
import newsbrief.diag.SourcePosition;
import newsbrief.model.Brief;

/** Rules over all briefs together: two briefs must not claim the same page. */
public final class CollectionValidator {

    public void validate(List<Brief> briefs, Diagnostics diagnostics) {
        Map<String, Brief> bySlug = new HashMap<>();
        briefs.stream().sorted((a, b) -> a.sourcePath().compareTo(b.sourcePath())).forEach(brief -> {
            Brief first = bySlug.putIfAbsent(brief.slug(), brief);
            if (first != null) {
                diagnostics.add(Diagnostic.error(brief.sourcePath(), SourcePosition.START, "slug-duplicate",
                        "slug \"" + brief.slug() + "\" is also used by " + first.sourcePath()
                                + "; each brief needs its own page")
                        .withHint("give one of them another \"slug:\" in its front matter"));
            }
        });
    }
}
