package newsbrief.importer;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsbrief.model.PublicationDate;

/**
 * Dates as site generators write them — {@code 2026-12-01}, {@code 2026-12-01 09:30} (Pelican),
 * {@code 2026-12-01 09:30:00 +0100} (Jekyll), {@code 2026-12-01T09:30:00+01:00} (Hugo) — made into
 * what a brief's {@code date:} takes. One without offset is read in the site's time zone, else in UTC.
 */
final class ImportDates {

    private static final Pattern GENERATOR_DATE = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})(?:[Tt ](\\d{1,2}):(\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)\\s*(Z|z|[+-]\\d{2}:?\\d{2})?)?");

    private ImportDates() {
    }

    /**
     * A date as a brief writes it.
     *
     * @param text the header's value
     * @param zone the site's time zone
     * @return the date, and whether a zone had to be assumed; empty when the text is no date
     */
    static Optional<Converted> convert(String text, Optional<ZoneId> zone) {
        Matcher matcher = GENERATOR_DATE.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            if (matcher.group(2) == null) {
                return Optional.of(new Converted(LocalDate.parse(matcher.group(1)).toString(), Optional.empty()));
            }
            String local = matcher.group(1) + "T" + (matcher.group(2).length() == 1 ? "0" : "") + matcher.group(2)
                    + ":" + matcher.group(3);
            if (matcher.group(4) != null) {
                String offset = matcher.group(4).length() == 5 ? matcher.group(4).substring(0, 3) + ":"
                        + matcher.group(4).substring(3) : matcher.group(4).toUpperCase(java.util.Locale.ROOT);
                return Optional.of(new Converted(PublicationDate.parse(local + offset).rfc3339(), Optional.empty()));
            }
            ZoneId assumed = zone.orElse(ZoneId.of("UTC"));
            String date = PublicationDate.inZone(LocalDateTime.parse(local), assumed).rfc3339();
            return Optional.of(new Converted(date, Optional.of(assumed)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * A date converted.
     *
     * @param date    as {@code date:} takes it
     * @param assumed the zone it was read in, when it had no offset
     */
    record Converted(String date, Optional<ZoneId> assumed) {
    }

    /** The calendar day of a date a brief takes (the file name's), or empty when it is none. */
    static Optional<LocalDate> day(String date, Optional<ZoneId> zone) {
        String text = date.strip();
        Optional<LocalDateTime> local = PublicationDate.localDateTime(text);
        if (local.isPresent()) {
            return zone.isPresent() ? Optional.of(local.get().toLocalDate()) : Optional.empty();
        }
        try {
            return Optional.of(PublicationDate.parse(text).date());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
