package newsbrief.render;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A site's language as Open Graph writes a locale, {@code language_TERRITORY}: {@code en-GB} is
 * {@code en_GB}, and a bare language takes its most likely territory, so {@code en} is
 * {@code en_US} and {@code pt} is {@code pt_BR}.
 * <p>
 * The territories are CLDR's likely subtags (the test checks each against ICU4J's), for the
 * languages below. The JDK has no public API for likely subtags, and ICU4J would triple the size
 * of newsbrief's jar for this one lookup. A language not listed has no {@code og:locale}, which
 * Open Graph allows (it assumes {@code en_US}); write its territory, {@code language: sw-KE}, to
 * have one.
 */
public final class OpenGraphLocale {

    /** CLDR's likely territory of each language (and script) written without one. */
    static final Map<String, String> LIKELY_TERRITORY = Map.ofEntries(
            Map.entry("af", "ZA"), Map.entry("ar", "EG"), Map.entry("bg", "BG"), Map.entry("bn", "BD"),
            Map.entry("ca", "ES"), Map.entry("cs", "CZ"), Map.entry("cy", "GB"), Map.entry("da", "DK"),
            Map.entry("de", "DE"), Map.entry("el", "GR"), Map.entry("en", "US"), Map.entry("es", "ES"),
            Map.entry("et", "EE"), Map.entry("eu", "ES"), Map.entry("fa", "IR"), Map.entry("fi", "FI"),
            Map.entry("fr", "FR"), Map.entry("ga", "IE"), Map.entry("gl", "ES"), Map.entry("he", "IL"),
            Map.entry("hi", "IN"), Map.entry("hr", "HR"), Map.entry("hu", "HU"), Map.entry("id", "ID"),
            Map.entry("is", "IS"), Map.entry("it", "IT"), Map.entry("ja", "JP"), Map.entry("ka", "GE"),
            Map.entry("kk", "KZ"), Map.entry("ko", "KR"), Map.entry("lt", "LT"), Map.entry("lv", "LV"),
            Map.entry("mk", "MK"), Map.entry("ms", "MY"), Map.entry("nb", "NO"), Map.entry("nl", "NL"),
            Map.entry("nn", "NO"), Map.entry("no", "NO"), Map.entry("pl", "PL"), Map.entry("pt", "BR"),
            Map.entry("ro", "RO"), Map.entry("ru", "RU"), Map.entry("sk", "SK"), Map.entry("sl", "SI"),
            Map.entry("sq", "AL"), Map.entry("sr", "RS"), Map.entry("sv", "SE"), Map.entry("sw", "TZ"),
            Map.entry("ta", "IN"), Map.entry("th", "TH"), Map.entry("tr", "TR"), Map.entry("uk", "UA"),
            Map.entry("ur", "PK"), Map.entry("vi", "VN"), Map.entry("zh", "CN"), Map.entry("zh-Hans", "CN"),
            Map.entry("zh-Hant", "TW"));

    private OpenGraphLocale() {
    }

    /** The locale of a BCP 47 language tag, or empty when its territory is neither written nor known. */
    public static Optional<String> of(String languageTag) {
        Locale locale = Locale.forLanguageTag(languageTag);
        String language = locale.getLanguage();
        if (language.isEmpty()) {
            return Optional.empty();
        }
        // Open Graph's territories are two letters; "es-419" (Latin America) has none of its own.
        String territory = locale.getCountry().length() == 2 ? locale.getCountry()
                : LIKELY_TERRITORY.getOrDefault(locale.getScript().isEmpty() ? language : language + "-" + locale.getScript(),
                        LIKELY_TERRITORY.get(language));
        return Optional.ofNullable(territory).map(t -> language + "_" + t);
    }
}
