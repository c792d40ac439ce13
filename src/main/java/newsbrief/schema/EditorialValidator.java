package newsbrief.schema;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsbrief.content.ParsedBrief;
import newsbrief.content.SourceText;
import newsbrief.diag.FileDiagnostics;
import newsbrief.diag.SourcePosition;
import newsbrief.model.Brief;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * The schema's editorial checks over a valid brief: leftover placeholders, an overlong headline,
 * a brief outside its word range, and body links that go nowhere useful. Bullet lengths are
 * checked with the sections ({@link SectionValidator}).
 */
final class EditorialValidator {

    private static final Pattern WEB_OR_MAIL = Pattern.compile("(?i)(https?://[^/?#\\s]+.*|mailto:.+)");

    private final EditorialChecks checks;
    private final List<Pattern> placeholders;

    EditorialValidator(EditorialChecks checks) {
        this.checks = checks;
        this.placeholders = checks.placeholders().stream().map(EditorialValidator::placeholderPattern).toList();
    }

    /**
     * "TK" matches only as a whole upper-case word, so "TKO" and "tk" pass; a phrase written in
     * lower case such as "lorem ipsum" matches in any case.
     */
    private static Pattern placeholderPattern(String word) {
        boolean upperCase = word.equals(word.toUpperCase(Locale.ROOT));
        String bounded = "(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])";
        return Pattern.compile(bounded, upperCase ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    void validate(ParsedBrief parsed, Brief brief) {
        FileDiagnostics report = parsed.report();
        checkPlaceholders(parsed.text(), report);
        checks.headlineMax().ifPresent(max -> {
            int length = brief.title().codePointCount(0, brief.title().length());
            if (length > max) {
                report.warning(brief.positionOf("title"), EditorialChecks.HEADLINE_LENGTH, "headline has " + length
                        + " characters; at most " + max + " read well", "cut it to the news; detail goes in the Summary");
            }
        });
        checks.briefWords().ifPresent(limit -> {
            if (limit.excludes(brief.words())) {
                report.warning(firstSectionLine(parsed), EditorialChecks.BRIEF_WORDS, "brief has " + brief.words()
                        + " words; expected " + limit.describe());
            }
        });
        if (checks.linkUrls() || checks.linkText()) {
            parsed.body().accept(new LinkChecker(parsed, report));
        }
    }

    private void checkPlaceholders(SourceText text, FileDiagnostics report) {
        for (int line = 1; line <= text.lineCount(); line++) {
            for (int i = 0; i < placeholders.size(); i++) {
                Matcher matcher = placeholders.get(i).matcher(text.line(line));
                while (matcher.find()) {
                    report.warning(SourcePosition.of(line, matcher.start() + 1), EditorialChecks.PLACEHOLDER,
                            "placeholder \"" + matcher.group() + "\" is left in the text",
                            "replace it with the final copy before publishing");
                }
            }
        }
    }

    private static SourcePosition firstSectionLine(ParsedBrief parsed) {
        Node first = parsed.body().getFirstChild();
        return first == null ? SourcePosition.START : parsed.positionOf(first);
    }

    /** Checks every link of the body, at its own line and column. */
    private final class LinkChecker extends AbstractVisitor {
        private final ParsedBrief parsed;
        private final FileDiagnostics report;

        LinkChecker(ParsedBrief parsed, FileDiagnostics report) {
            this.parsed = parsed;
            this.report = report;
        }

        @Override
        public void visit(Link link) {
            SourcePosition position = parsed.positionOf(link);
            String destination = link.getDestination();
            if (checks.linkUrls() && !WEB_OR_MAIL.matcher(destination).matches()) {
                report.warning(position, EditorialChecks.LINK_URL, "link \"" + destination
                        + "\" is not an absolute http(s) or mailto URL", "readers of feeds and e-mails need the full address");
            }
            if (checks.linkText() && !hasText(link)) {
                report.warning(position, EditorialChecks.LINK_TEXT, "link to \"" + destination + "\" has no text",
                        "write what the reader will find there between the brackets");
            }
            visitChildren(link);
        }
    }

    private static boolean hasText(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text text && !text.getLiteral().isBlank() || child instanceof Image
                    || !(child instanceof Text) && hasText(child)) {
                return true;
            }
        }
        return false;
    }
}
