package newsbrief.render;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import newsbrief.model.PublicationDate;

/** Dates as readers see them, in the site's language: "26 November 2026", "November 2026". */
public final class DisplayDates {

    private final String languageTag;
    private final DateTimeFormatter day;
    private final DateTimeFormatter month;

    public DisplayDates(String languageTag) {
        this.languageTag = languageTag;
        Locale locale = Locale.forLanguageTag(languageTag);
        this.day = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
        this.month = DateTimeFormatter.ofPattern("MMMM yyyy", locale);
    }


    public String day(PublicationDate date) {
        return day.format(date.date());
    }

    public String month(YearMonth yearMonth) {
        return month.format(yearMonth);
    }
}
