package newsbrief.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import newsbrief.model.PublicationDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates in each language as it writes them: its long style without the weekday; English as before. */
class DisplayDatesTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en    | 1 December 2026        | December 2026",
        "en-US | 1 December 2026        | December 2026",
        "en-GB | 1 December 2026        | December 2026",
        "de    | 1. Dezember 2026       | Dezember 2026",
        "de-AT | 1. Dezember 2026       | Dezember 2026",
        "fr    | 1 décembre 2026        | décembre 2026",
        "es    | 1 de diciembre de 2026 | diciembre de 2026",
    })
    void writesDayAndMonth(String language, String day, String month) {
        DisplayDates dates = new DisplayDates(language);

        assertEquals(day, dates.day(PublicationDate.of(LocalDate.of(2026, 12, 1))));
        assertEquals(month, dates.month(YearMonth.of(2026, 12)));
    }
}
