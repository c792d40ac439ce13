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
        return (drafts || !brief.draft()) && (future || !isScheduled(brief));
    }

    /** Dated after the moment of the build (a bare date counts from its midnight, UTC). */
    public boolean isScheduled(Brief brief) {
        return brief.date().epochSecond() > now.getEpochSecond();
    }
}
