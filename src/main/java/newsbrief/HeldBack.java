package newsbrief;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import newsbrief.model.Brief;
import newsbrief.model.Publication;
import newsbrief.model.PublicationDate;

/**
 * A valid brief a run did not publish, and why: a draft, or one dated after the moment of the run.
 *
 * @param sourcePath the brief's file, as diagnostics show it
 * @param slug       its URL name
 * @param scheduled  when it is due, for a brief dated in the future; empty for a draft
 */
public record HeldBack(String sourcePath, String slug, Optional<PublicationDate> scheduled) {

    public HeldBack {
        Objects.requireNonNull(sourcePath, "sourcePath");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(scheduled, "scheduled");
    }

    /** The briefs {@code publication} holds back, scheduled ones soonest first, then drafts by path. */
    static List<HeldBack> of(List<Brief> briefs, Publication publication) {
        return briefs.stream().filter(brief -> !publication.publishes(brief))
                .map(brief -> new HeldBack(brief.sourcePath(), brief.slug(),
                        brief.draft() ? Optional.empty() : Optional.of(brief.date())))
                .sorted(Comparator.comparing((HeldBack held) -> held.scheduled().isEmpty())
                        .thenComparing(held -> held.scheduled().map(PublicationDate::epochSecond).orElse(0L))
                        .thenComparing(HeldBack::sourcePath))
                .toList();
    }
}
