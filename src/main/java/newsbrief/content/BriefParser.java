package newsbrief.content;

import java.util.Optional;
import newsbrief.diag.Diagnostics;
import newsbrief.diag.FileDiagnostics;
import newsbrief.diag.Rule;
import newsbrief.diag.RulePolicy;
import newsbrief.diag.SourcePosition;

/**
 * Parses one brief file: splits off the front matter, reads it as YAML and the rest as CommonMark.
 * Both halves are always parsed, so a broken front matter does not hide problems in the body.
 * Immutable and thread-safe.
 */
public final class BriefParser {

    private final RulePolicy policy;
    private final FrontMatterSplitter splitter = new FrontMatterSplitter();
    private final YamlReader yamlReader = new YamlReader();
    private final MarkdownReader markdownReader = new MarkdownReader();

    /** @param policy the newsletter's severity for adjustable rules, applied to every problem reported */
    public BriefParser(RulePolicy policy) {
        this.policy = policy;
    }

    public ParsedBrief parse(SourceFile source, Diagnostics diagnostics) {
        SourceText text = new SourceText(source.text());
        FileDiagnostics report = new FileDiagnostics(source.displayPath(), text::line, diagnostics, policy);
        FrontMatterSplitter.Split split = splitter.split(source.text(), report);
        Optional<YamlNode.Mapping> frontMatter = split.yaml()
                .flatMap(yaml -> yamlReader.read(yaml, split.yamlFirstLine(), report))
                .flatMap(node -> asMapping(node, split.yamlFirstLine(), report));
        return new ParsedBrief(source, text, frontMatter, markdownReader.parse(split.body()),
                split.bodyFirstLine(), split.bodyFound(), report);
    }

    private static Optional<YamlNode.Mapping> asMapping(YamlNode node, int firstLine, FileDiagnostics report) {
        if (node instanceof YamlNode.Mapping mapping) {
            return Optional.of(mapping);
        }
        report.add(SourcePosition.of(firstLine, 1), Rule.FRONT_MATTER_TYPE,
                "front matter is " + YamlMappingReader.describe(node) + "; expected \"key: value\" lines");
        return Optional.empty();
    }
}
