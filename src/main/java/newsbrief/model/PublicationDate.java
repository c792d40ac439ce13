package newsbrief.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * When a brief was published: a date, and the time with its offset when the editor gave one
 * ({@code date: 2026-11-20T09:30:00+01:00}).
 *
 * @param date        the calendar date as written
 * @param dateTime    the full date-time, when one was written
 * @param epochSecond the moment in seconds, a bare date taken as its midnight in UTC: worked out
 *                    once, as the preview sorts and sifts all briefs by it on every save, and a
 *                    brief's date is read from memory faster than it is computed again
 */
public record PublicationDate(LocalDate date, Optional<OffsetDateTime> dateTime, long epochSecond)
        implements Comparable<PublicationDate> {

    /** The years a brief may be dated in: those that RFC 3339 and RFC 1123 can write, with four digits. */
    public static final int FIRST_YEAR = 1;
    public static final int LAST_YEAR = 9999;

    private static final long SECONDS_PER_DAY = 86_400;
    private static final DateTimeFormatter RFC_3339 =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

    public PublicationDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(dateTime, "dateTime");
        if (epochSecond != epochSecondOf(date, dateTime)) {
            throw new IllegalArgumentException("epochSecond " + epochSecond + " is not the moment of " + date
                    + dateTime.map(time -> " " + time).orElse(""));
        }
    }

    public static PublicationDate of(LocalDate date) {
        return new PublicationDate(date, Optional.empty(), epochSecondOf(date, Optional.empty()));
    }

    public static PublicationDate of(OffsetDateTime dateTime) {
        Optional<OffsetDateTime> written = Optional.of(dateTime);
        return new PublicationDate(dateTime.toLocalDate(), written, epochSecondOf(dateTime.toLocalDate(), written));
    }

    private static long epochSecondOf(LocalDate date, Optional<OffsetDateTime> dateTime) {
        return dateTime.isPresent() ? dateTime.get().toEpochSecond() : date.toEpochDay() * SECONDS_PER_DAY;
    }

    /**
     * A date as editors write it: {@code 2026-11-26}, or a date-time with its offset,
     * {@code 2026-11-26T09:30:00+01:00}, {@code 2026-12-01T06:00:00Z} or, as YAML writes it,
     * {@code 2026-11-26 09:30+01:00}. A date-time without offset is not one: see {@link #localDateTime}.
     *
     * @throws DateTimeParseException for anything else, {@code 2024-02-30} included
     */
    public static PublicationDate parse(String text) {
        return text.length() <= "YYYY-MM-DD".length() ? of(LocalDate.parse(text))
                : of(OffsetDateTime.parse(withT(text)));
    }

    /**
     * The date-time, when the text is one written without offset ({@code 2026-12-01 09:30},
     * {@code 2026-12-01T09:30:00}), which means a moment only in a time zone ({@link #inZone}).
     */
    public static Optional<LocalDateTime> localDateTime(String text) {
        if (text.length() <= "YYYY-MM-DD".length()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(withT(text)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * A date-time without offset, read in a time zone: the offset is the zone's at that moment
     * (the earlier one, when clocks go back and the time happens twice).
     */
    public static PublicationDate inZone(LocalDateTime local, ZoneId zone) {
        return of(local.atZone(zone).toOffsetDateTime());
    }

    /** Whether the clocks of a zone skip the time (when they go forward), so that it never happens there. */
    public static boolean isSkipped(LocalDateTime local, ZoneId zone) {
        return zone.getRules().getValidOffsets(local).isEmpty();
    }

    /** YAML separates date and time by a space as often as by {@code T}; java.time reads only the {@code T}. */
    private static String withT(String text) {
        int separator = "YYYY-MM-DD".length();
        return text.length() > separator && text.charAt(separator) == ' '
                ? text.substring(0, separator) + 'T' + text.substring(separator + 1) : text;
    }

    /** The moment, taking a bare date as its midnight in UTC. */
    public Instant instant() {
        return Instant.ofEpochSecond(epochSecond());
    }

    /** The date-time, taking a bare date as its midnight in UTC: for feeds, which need a time. */
    public OffsetDateTime toOffsetDateTime() {
        return dateTime.orElseGet(() -> date.atStartOfDay().atOffset(ZoneOffset.UTC));
    }

    /**
     * RFC 3339 as feeds and metadata want it, always with seconds and never with fractions:
     * {@code 2026-11-26T00:00:00Z}, {@code 2026-11-20T09:30:00+01:00}. ({@code OffsetDateTime.toString()}
     * drops zero seconds, which RFC 3339 does not allow.)
     */
    public String rfc3339() {
        return RFC_3339.format(toOffsetDateTime());
    }

    /** ISO-8601 as written, for {@code <time datetime>}: {@code 2026-11-26} or {@code 2026-11-20T09:30+01:00}. */
    public String iso() {
        return dateTime.map(OffsetDateTime::toString).orElseGet(date::toString);
    }

    @Override
    public int compareTo(PublicationDate other) {
        return Long.compare(epochSecond(), other.epochSecond());
    }
}
