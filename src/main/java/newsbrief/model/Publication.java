package newsbrief.model;

import java.time.Instant;
import java.util.Objects;

/**
 * Which briefs a build publishes: by default neither drafts nor briefs dated after the moment of
 * the build, so a brief can be scheduled by giving it a future date.
 *
 * @param drafts publish drafts too
 * @param future publish briefs dated in the future too
 * @param now    the moment of the build
 */
public record Publication(boolean drafts, boolean future, Instant now) {

    public Publication {
        Objects.requireNonNull(now, "now");
    }

    public boolean publishes(Brief brief) {
        return publishes(brief.draft(), isScheduled(brief));
    }

    /** Whether a brief that is or is not a draft, and is or is not {@link #isScheduled}, is published. */
    public boolean publishes(boolean draft, boolean scheduled) {
        return (drafts || !draft) && (future || !scheduled);
    }

    /** Dated after the moment of the build (a bare date counts from its midnight, UTC). */
    public boolean isScheduled(Brief brief) {
        return isScheduledAt(brief.date().epochSecond());
    }

    /** Whether a brief dated at {@code epochSecond} is dated after the moment of the build. */
    public boolean isScheduledAt(long epochSecond) {
        return epochSecond > now.getEpochSecond();
    }
}
