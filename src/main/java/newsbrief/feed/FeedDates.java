package newsbrief.feed;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import newsbrief.model.PublicationDate;

/**
 * The two date formats of feeds. A bare date ({@code date: 2026-11-26}) is taken as its midnight
 * in UTC; a date-time keeps the offset the editor wrote.
 */
final class FeedDates {

    /**
     * RFC 3339 for Atom and JSON Feed, always with seconds: {@code 2026-11-20T09:30:00+01:00}.
     * {@code OffsetDateTime.toString()} would drop zero seconds, which RFC 3339 does not allow.
     */
    private static final DateTimeFormatter RFC_3339 =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

    /** RFC 822 (as RFC 1123) for RSS: {@code Fri, 20 Nov 2026 09:30:00 +0100}; English names whatever the locale. */
    private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT);

    private FeedDates() {
    }

    static String rfc3339(PublicationDate date) {
        return RFC_3339.format(date.toOffsetDateTime());
    }

    static String rfc1123(PublicationDate date) {
        return RFC_1123.format(date.toOffsetDateTime());
    }
}
