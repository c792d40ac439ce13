package newsbrief.feed;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import newsbrief.model.PublicationDate;

/**
 * RSS's date format. (Atom and JSON Feed use RFC 3339: {@link PublicationDate#rfc3339()}.) A bare
 * date ({@code date: 2026-11-26}) is taken as its midnight in UTC; a date-time keeps the offset the
 * editor wrote.
 */
final class FeedDates {

    /** RFC 822 (as RFC 1123) for RSS: {@code Fri, 20 Nov 2026 09:30:00 +0100}; English names whatever the locale. */
    private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT);

    private FeedDates() {
    }

    static String rfc1123(PublicationDate date) {
        return RFC_1123.format(date.toOffsetDateTime());
    }
}
