package newsbrief.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import newsbrief.content.ParsedBrief;
import newsbrief.content.SourceText;
import newsbrief.diag.FileDiagnostics;
import newsbrief.diag.Rule;
import newsbrief.diag.Severity;
import newsbrief.diag.SourcePosition;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * The schema's editorial checks over a brief, valid or not: leftover placeholders, an overlong headline,
 * a brief outside its word range, and body links that go nowhere useful. Bullet lengths are
 * checked with the sections ({@link SectionValidator}).
 */
final class EditorialValidator {

    private static final Pattern WEB_OR_MAIL = Pattern.compile("(?i)(https?://[^/?#\\s]+.*|mailto:.+)");

    private final EditorialChecks checks;
    private final List<String> placeholders;
    /** For each placeholder: whether it is written in upper case, and so matches only as written. */
    private final boolean[] exact;

    EditorialValidator(EditorialChecks checks) {
        this.checks = checks;
        this.placeholders = checks.placeholders();
        this.exact = new boolean[placeholders.size()];
        for (int i = 0; i < exact.length; i++) {
            exact[i] = placeholders.get(i).equals(placeholders.get(i).toUpperCase(Locale.ROOT));
        }
    }

    /**
     * Runs the checks, broken brief or not.
     *
     * @param title         the headline, when the front matter gave a valid one
     * @param titlePosition where it was written
     * @param words         the words of its sections, when they were valid: counted once, for the model
     * @param draft         whether the brief says it is a draft: a placeholder is an error in a brief
     *                      that is not one, a warning in a draft
     */
    void validate(ParsedBrief parsed, Optional<String> title, SourcePosition titlePosition, OptionalInt words,
            boolean draft) {
        FileDiagnostics report = parsed.report();
        checkPlaceholders(parsed.source().text(), parsed.text(), report, draft);
        checks.headlineMax().ifPresent(max -> title.ifPresent(headline -> {
            int length = headline.codePointCount(0, headline.length());
            if (length > max) {
                report.add(titlePosition, Rule.HEADLINE_LENGTH, "headline has " + length
                        + " characters; at most " + max + " read well", "cut it to the news; detail goes in the Summary");
            }
        }));
        // Without a closing "---" nothing is known to be the body, and "0 words" would mislead.
        checks.briefWords().filter(limit -> parsed.bodyFound()).ifPresent(limit -> {
            int count = words.orElseGet(() -> bodyWords(parsed));
            if (limit.excludes(count)) {
                report.add(firstSectionLine(parsed), Rule.BRIEF_WORDS, "brief has " + count
                        + " words; expected " + limit.describe());
            }
        });
        if (checks.linkUrls() || checks.linkText()) {
            parsed.body().accept(new LinkChecker(parsed, report));
        }
    }

    /** Words of the body but its section headings: what the sections of a valid brief hold. */
    private static int bodyWords(ParsedBrief parsed) {
        List<Node> blocks = new ArrayList<>();
        for (Node block = parsed.body().getFirstChild(); block != null; block = block.getNext()) {
            if (!(block instanceof Heading heading && heading.getLevel() <= 2)) {
                blocks.add(block);
            }
        }
        return WordCount.of(PlainText.of(blocks));
    }

    /**
     * Finds each placeholder as a whole word: "TK" matches only as written in upper case, so "TKO"
     * and "tk" pass; a placeholder written in lower case, such as "lorem ipsum", matches in any
     * case. One pass over the text, trying placeholders only where one could start: this runs over
     * every character of every brief, and a regular expression cost a third of a large build.
     * <p>
     * A placeholder is an error in a brief that would be published, since an unedited scaffold
     * from {@code new} goes out as soon as its {@code draft: true} line does; in a draft, where
     * copy is still to come, it is a warning.
     */
    private void checkPlaceholders(String text, SourceText lines, FileDiagnostics report, boolean draft) {
        Severity severity = draft ? Severity.WARNING : Rule.PLACEHOLDER.defaultSeverity();
        Optional<String> hint = Optional.of(draft ? "replace it with the final copy before publishing"
                : "replace it with the final copy, or mark the brief \"draft: true\" until it is ready");
        for (int at = 0; at < text.length(); at++) {
            if (!Character.isLetter(text.charAt(at)) || !isWordBoundary(text, at - 1)) {
                continue;
            }
            char first = text.charAt(at);
            for (int i = 0; i < exact.length; i++) {
                String word = placeholders.get(i);
                char start = word.charAt(0);
                boolean sameStart = exact[i] ? first == start && (word.length() < 2 || at + 1 < text.length()
                        && text.charAt(at + 1) == word.charAt(1))
                        : Character.toLowerCase(first) == Character.toLowerCase(start);
                if (sameStart && text.regionMatches(!exact[i], at, word, 0, word.length())
                        && isWordBoundary(text, at + word.length())) {
                    report.report(severity, lines.positionOf(at), Rule.PLACEHOLDER, "placeholder \""
                            + text.substring(at, at + word.length()) + "\" is left in the text", hint);
                    break;
                }
            }
        }
    }

    private static boolean isWordBoundary(String text, int index) {
        return index < 0 || index >= text.length() || !Character.isLetterOrDigit(text.charAt(index));
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
                report.add(position, Rule.LINK_URL, "link \"" + destination
                        + "\" is not an absolute http(s) or mailto URL", "readers of feeds and e-mails need the full address");
            }
            if (checks.linkText() && !hasText(link)) {
                report.add(position, Rule.LINK_TEXT, "link to \"" + destination + "\" has no text",
                        "write what the reader will find there between the brackets");
            }
            visitChildren(link);
        }
    }

    private static boolean hasText(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text text && !text.getLiteral().isBlank()
                    || child instanceof Code code && !code.getLiteral().isBlank() || child instanceof Image
                    || !(child instanceof Text) && hasText(child)) {
                return true;
            }
        }
        return false;
    }
}
