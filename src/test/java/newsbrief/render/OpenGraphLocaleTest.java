package newsbrief.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.util.ULocale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Site languages as Open Graph locales. */
class OpenGraphLocaleTest {

    @ParameterizedTest
    @CsvSource({"en, en_US", "en-GB, en_GB", "en-gb, en_GB", "pt, pt_BR", "pt-PT, pt_PT", "de-Latn-AT, de_AT",
        "zh, zh_CN", "zh-Hant, zh_TW", "zh-Hant-HK, zh_HK", "es-419, es_ES", "sr-Latn, sr_RS"})
    void writesLanguageAndTerritory(String languageTag, String locale) {
        assertEquals(Optional.of(locale), OpenGraphLocale.of(languageTag));
    }

    @Test
    void leavesOutALanguageWhoseTerritoryIsNotKnown() {
        assertEquals(Optional.empty(), OpenGraphLocale.of("haw"));
        assertEquals(Optional.of("haw_US"), OpenGraphLocale.of("haw-US"));
    }

    /** The table is CLDR's, as ICU4J (on the test class path through the HTML checker) knows it. */
    @Test
    void everyTerritoryIsTheLikelyOneOfIcu() {
        for (Map.Entry<String, String> entry : OpenGraphLocale.LIKELY_TERRITORY.entrySet()) {
            ULocale likely = ULocale.addLikelySubtags(ULocale.forLanguageTag(entry.getKey()));
            assertEquals(likely.getCountry(), entry.getValue(), entry.getKey());
        }
    }
}
