package newsbrief.render;

import com.ibm.icu.text.DateTimePatternGenerator;
import com.ibm.icu.util.ULocale;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import newsbrief.content.LabelSets;
import newsbrief.model.PublicationDate;

/**
 * Dates as readers see them, in the site's language, without the weekday. English keeps
 * newsbrief's own style, "26 November 2026" and "November 2026", whatever the territory; every
 * other language is written as CLDR's long date style writes it: "1. Dezember 2026",
 * "1 décembre 2026", "1 de diciembre de 2026", and "Dezember 2026" for a month.
 */
public final class DisplayDates {

    private static final String ENGLISH_DAY = "d MMMM yyyy";
    private static final String ENGLISH_MONTH = "MMMM yyyy";

    private final DateTimeFormatter day;
    private final DateTimeFormatter month;

    public DisplayDates(String languageTag) {
        Locale locale = Locale.forLanguageTag(languageTag);
        boolean english = LabelSets.languageOf(languageTag).equals("en");
        this.day = formatter(english ? ENGLISH_DAY : pattern(languageTag, "yMMMMd"), locale, ENGLISH_DAY);
        this.month = formatter(english ? ENGLISH_MONTH : pattern(languageTag, "yMMMM"), locale, ENGLISH_MONTH);
    }

    public String day(PublicationDate date) {
        return day.format(date.date());
    }

    public String month(YearMonth yearMonth) {
        return month.format(yearMonth);
    }

    /**
     * The language's pattern for a skeleton, from ICU's CLDR data: the JDK has the long date
     * style but no month-and-year. The pattern is then formatted by java.time, whose formatters,
     * unlike ICU's, are safe to share between the threads that render pages.
     */
    private static String pattern(String languageTag, String skeleton) {
        return DateTimePatternGenerator.getInstance(ULocale.forLanguageTag(languageTag)).getBestPattern(skeleton);
    }

    /** A formatter of the pattern; a pattern letter java.time does not know falls back to {@code fallback}. */
    private static DateTimeFormatter formatter(String pattern, Locale locale, String fallback) {
        try {
            return DateTimeFormatter.ofPattern(pattern, locale);
        } catch (IllegalArgumentException e) {
            return DateTimeFormatter.ofPattern(fallback, locale);
        }
    }
}
