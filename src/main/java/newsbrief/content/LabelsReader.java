package newsbrief.content;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import newsbrief.diag.FileDiagnostics;
import newsbrief.diag.Rule;
import newsbrief.diag.Severity;
import newsbrief.diag.SourcePosition;
import newsbrief.model.Labels;

/**
 * Reads the interface words of a site: the built-in set of {@code site.yaml}'s language, with its
 * {@code labels:} over it, key by key:
 * <pre>
 * language: de
 * labels:
 *   sources: "Belege"
 *   readingTime: "{minutes} Min., {words} Wörter"
 * </pre>
 * An unknown key, a value that is no message or one that drops or invents a placeholder is an
 * error at its line. A language without a set of its own keeps English words, with a warning,
 * unless {@code labels:} gives every one.
 */
final class LabelsReader {

    private LabelsReader() {
    }

    /** The site's labels; every problem is reported to {@code report}. */
    static Labels ofSite(YamlMappingReader site, String language, SourcePosition languageAt, FileDiagnostics report) {
        Optional<Labels> builtIn = LabelSets.forLanguage(language);
        Map<String, String> patterns = new TreeMap<>(builtIn.orElse(LabelSets.english()).patterns());
        Optional<YamlMappingReader> labels = site.nested("labels");
        Labels overrides = labels.map(mapping -> read(mapping, Optional.of(LabelSets.english()), report))
                .orElse(Labels.ENGLISH);
        patterns.putAll(overrides.patterns());
        boolean known = !LabelSets.languageOf(language).isEmpty();
        if (builtIn.isEmpty() && known && !overrides.patterns().keySet().containsAll(LabelSets.keys())) {
            report.report(Severity.WARNING, languageAt, Rule.CONFIG_LANGUAGE, "language \"" + language
                    + "\" has no built-in labels; pages, feeds and emails show English words",
                    Optional.of("give every label under \"labels:\" (the keys of newsbrief/labels/en.yaml), or use "
                            + String.join(", ", LabelSets.LANGUAGES)));
        }
        return Labels.of(patterns);
    }

    /**
     * The labels of a mapping; with a reference set, each key must be one of it and each value
     * must keep the placeholders of its pattern there.
     */
    static Labels read(YamlMappingReader mapping, Optional<Labels> reference, FileDiagnostics report) {
        reference.ifPresent(set -> mapping.rejectUnknownKeys(set.patterns().keySet(), "labels"));
        Map<String, String> patterns = new TreeMap<>();
        for (YamlNode.Entry entry : mapping.mapping().entries()) {
            String key = entry.name();
            Optional<String> expected = reference.map(set -> set.pattern(key).orElse(null));
            if (reference.isPresent() && expected.isEmpty()) {
                continue;
            }
            mapping.text(key).ifPresent(value -> {
                Optional<LabelPatterns.Problem> problem = LabelPatterns.check(key, value, expected);
                if (problem.isPresent()) {
                    report.add(mapping.positionOf(key), Rule.CONFIG_LABEL, problem.get().message(),
                            problem.get().hint());
                } else {
                    patterns.put(key, value);
                }
            });
        }
        return Labels.of(patterns);
    }
}
