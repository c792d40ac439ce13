package newsbrief.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import newsbrief.diag.Diagnostics;
import newsbrief.diag.FileDiagnostics;
import newsbrief.model.Labels;

/**
 * The label sets newsbrief brings, one YAML resource per language under {@code newsbrief/labels/}:
 * English, the reference every other set and every {@code labels:} override is checked against,
 * and German, French and Spanish. A set is chosen by the language subtag of {@code language:},
 * so {@code de-AT} and {@code de-CH} speak German.
 */
public final class LabelSets {

    /** The languages with a set of their own, English first. */
    public static final List<String> LANGUAGES = List.of("en", "de", "fr", "es");

    private static final String FOLDER = "/newsbrief/labels/";

    private LabelSets() {
    }

    /** Holds the English set, read when first asked for. */
    private static final class BuiltIn {
        static final Labels ENGLISH = read("en", Optional.empty());
    }

    /**
     * The other sets, each read when first asked for: a site speaks one language, and reading
     * and checking a set costs a cold JVM tens of milliseconds.
     */
    private static final Map<String, Labels> OTHERS = new ConcurrentHashMap<>();

    /** The English set: every key, with its placeholders. */
    public static Labels english() {
        return BuiltIn.ENGLISH;
    }

    /** Every label key, as in {@code en.yaml}. */
    public static Set<String> keys() {
        return english().patterns().keySet();
    }

    /** The set for a BCP 47 language tag, by its language subtag; empty for a language without one. */
    public static Optional<Labels> forLanguage(String languageTag) {
        String language = languageOf(languageTag);
        if (language.equals("en")) {
            return Optional.of(english());
        }
        if (!LANGUAGES.contains(language)) {
            return Optional.empty();
        }
        return Optional.of(OTHERS.computeIfAbsent(language, other -> read(other, Optional.of(english()))));
    }

    /** The language subtag of a tag, lower case: "de" for "de-AT"; empty for a tag that is none. */
    public static String languageOf(String languageTag) {
        try {
            return new Locale.Builder().setLanguageTag(languageTag).build().getLanguage();
        } catch (IllformedLocaleException e) {
            return "";
        }
    }

    /**
     * Reads one set; checked like a {@code labels:} override against {@code reference}, which a
     * set of newsbrief's own must pass (a test holds each to every key).
     */
    private static Labels read(String language, Optional<Labels> reference) {
        String name = language + ".yaml";
        try (InputStream in = LabelSets.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("label set " + name + " is missing from the newsbrief jar");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Diagnostics diagnostics = new Diagnostics();
            FileDiagnostics report = new FileDiagnostics(FOLDER + name, new SourceText(text)::line, diagnostics);
            Optional<YamlNode> root = new YamlReader().read(text, 1, report);
            Labels labels = root.filter(YamlNode.Mapping.class::isInstance)
                    .map(node -> LabelsReader.read(new YamlMappingReader((YamlNode.Mapping) node, report), reference,
                            report))
                    .orElse(Labels.ENGLISH);
            if (diagnostics.hasErrors() || root.isEmpty()) {
                throw new IllegalStateException("label set " + name + " is invalid: " + diagnostics.sorted());
            }
            return labels;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
