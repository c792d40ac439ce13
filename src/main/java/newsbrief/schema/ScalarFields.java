package newsbrief.schema;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import newsbrief.content.YamlMappingReader;
import newsbrief.content.YamlNode;
import newsbrief.diag.FileDiagnostics;
import newsbrief.diag.Rule;
import newsbrief.model.PublicationDate;
import newsbrief.model.Slug;

/**
 * Front matter values that are one scalar: text, slug, date, URL, boolean. Each is read as the
 * text the editor wrote and converted here, with a diagnostic at the value when it is wrong.
 */
final class ScalarFields {

    private ScalarFields() {
    }

    static Optional<YamlNode.Scalar> scalarText(String name, YamlNode node, FieldType type,
            FileDiagnostics report) {
        if (node instanceof YamlNode.Scalar scalar && !scalar.isNull()) {
            return Optional.of(scalar);
        }
        Rule rule = node instanceof YamlNode.Scalar ? Rule.FIELD_EMPTY : Rule.FIELD_TYPE;
        report.add(node.position(), rule, "\"" + name + "\" is " + YamlMappingReader.describe(node)
                + "; expected " + type.description());
        return Optional.empty();
    }

    static Optional<String> checkText(FieldRule rule, String what, YamlNode.Scalar scalar,
            FileDiagnostics report) {
        String text = scalar.value().strip();
        if (text.isEmpty()) {
            report.add(scalar.position(), Rule.FIELD_EMPTY, what + " is empty");
            return Optional.empty();
        }
        int length = text.codePointCount(0, text.length());
        if (rule.maxLength().isPresent() && length > rule.maxLength().get()) {
            report.add(scalar.position(), Rule.FIELD_MAX_LENGTH, what + " has " + length
                    + " characters; at most " + rule.maxLength().get() + " are allowed");
            return Optional.empty();
        }
        if (rule.pattern().isPresent() && !rule.pattern().get().matcher(text).matches()) {
            report.add(scalar.position(), Rule.FIELD_PATTERN, what + " \"" + text + "\" does not match "
                    + rule.pattern().get().pattern(), patternHint(rule, text));
            return Optional.empty();
        }
        return Optional.of(text);
    }

    static String patternHint(FieldRule rule, String text) {
        if (rule.pattern().get().pattern().equals(Slug.PATTERN.pattern())) {
            return "write it in lower case with hyphens, e.g. \"" + Slug.fromText(text) + "\"";
        }
        return "change the value to match the pattern";
    }

    static Optional<String> slug(FieldRule rule, YamlNode.Scalar scalar, FileDiagnostics report) {
        return checkText(rule, rule.name(), scalar, report).filter(text -> {
            if (Slug.isValid(text)) {
                return true;
            }
            report.add(scalar.position(), Rule.FIELD_SLUG, "slug \"" + text + "\" is not a valid slug; expected "
                    + Slug.PATTERN.pattern(), "use \"" + Slug.fromText(text) + "\"");
            return false;
        });
    }

    /**
     * A date or a date-time; one written without offset is read in the site's time zone, and is an
     * error when the site has none, since 09:30 is a different moment in every newsroom.
     */
    static Optional<PublicationDate> date(FieldRule rule, YamlNode.Scalar scalar, Optional<ZoneId> zone,
            FileDiagnostics report) {
        String text = scalar.value().strip();
        Optional<LocalDateTime> local = PublicationDate.localDateTime(text);
        if (local.isPresent()) {
            return inZone(rule, scalar, local.get(), zone, report).flatMap(date -> inRange(rule, scalar, date, report));
        }
        try {
            return inRange(rule, scalar, PublicationDate.parse(text), report);
        } catch (DateTimeParseException e) {
            report.add(scalar.position(), Rule.FIELD_DATE, rule.name() + " \"" + text
                    + "\" is not a valid date; expected YYYY-MM-DD or a date-time with offset",
                    "for example \"2026-11-26\" or \"2026-11-26T09:30:00+01:00\"");
            return Optional.empty();
        }
    }

    private static Optional<PublicationDate> inZone(FieldRule rule, YamlNode.Scalar scalar, LocalDateTime local,
            Optional<ZoneId> zone, FileDiagnostics report) {
        String text = scalar.value().strip();
        if (zone.isEmpty()) {
            report.add(scalar.position(), Rule.FIELD_DATE, rule.name() + " \"" + text
                    + "\" has no offset, and site.yaml names no timezone to read it in",
                    "add the offset, e.g. \"" + PublicationDate.inZone(local, ZoneOffset.ofHours(1)).rfc3339()
                            + "\", or set the site's zone in site.yaml, e.g. \"timezone: Europe/Berlin\"");
            return Optional.empty();
        }
        if (PublicationDate.isSkipped(local, zone.get())) {
            report.add(scalar.position(), Rule.FIELD_DATE, rule.name() + " \"" + text + "\" does not happen in "
                    + zone.get().getId() + ": the clocks go forward past it", "give a time before or after the change");
            return Optional.empty();
        }
        return Optional.of(PublicationDate.inZone(local, zone.get()));
    }

    private static Optional<PublicationDate> inRange(FieldRule rule, YamlNode.Scalar scalar, PublicationDate date,
            FileDiagnostics report) {
        String text = scalar.value().strip();
        // java.time reads years far beyond 9999, which feeds, sitemaps and mail headers cannot
        // write; they write the moment in UTC too, so "9999-12-31T23:59:59-18:00" (year 10000 in
        // UTC) is as far out as "+10000-01-01".
        int year = date.date().getYear();
        int utcYear = date.instant().atOffset(ZoneOffset.UTC).getYear();
        if (year < PublicationDate.FIRST_YEAR || year > PublicationDate.LAST_YEAR
                || utcYear < PublicationDate.FIRST_YEAR || utcYear > PublicationDate.LAST_YEAR) {
            report.add(scalar.position(), Rule.FIELD_DATE, rule.name() + " \"" + text
                    + "\" is out of range; expected a year from " + PublicationDate.FIRST_YEAR + " to "
                    + PublicationDate.LAST_YEAR);
            return Optional.empty();
        }
        return Optional.of(date);
    }

    static Optional<URI> url(String what, YamlNode.Scalar scalar, FileDiagnostics report) {
        String text = scalar.value().strip();
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return Optional.of(uri);
            }
        } catch (URISyntaxException e) {
            // reported below, like any other URL we cannot use
        }
        report.add(scalar.position(), Rule.FIELD_URL, what + " \"" + text + "\" is not an absolute http(s) URL",
                "write the full address, starting with https://");
        return Optional.empty();
    }

    static Optional<Boolean> bool(FieldRule rule, YamlNode.Scalar scalar, FileDiagnostics report) {
        if (scalar.plain() && (scalar.value().equals("true") || scalar.value().equals("false"))) {
            return Optional.of(Boolean.parseBoolean(scalar.value()));
        }
        report.add(scalar.position(), Rule.FIELD_TYPE, rule.name() + " is \"" + scalar.value()
                + "\"; expected true or false");
        return Optional.empty();
    }

    /** {@code 412} or {@code -3}, in ASCII digits, within the rule's {@code min} and {@code max}. */
    static Optional<Long> integer(FieldRule rule, YamlNode.Scalar scalar, FileDiagnostics report) {
        String text = scalar.value().strip();
        Optional<Long> number = wholeNumber(text);
        if (number.isEmpty()) {
            report.add(scalar.position(), Rule.FIELD_TYPE, rule.name() + " is \"" + text + "\"; expected a whole number");
            return Optional.empty();
        }
        long value = number.get();
        if (rule.min().isPresent() && value < rule.min().get() || rule.max().isPresent() && value > rule.max().get()) {
            report.add(scalar.position(), Rule.FIELD_RANGE, rule.name() + " is " + value + "; expected "
                    + range(rule));
            return Optional.empty();
        }
        return number;
    }

    private static String range(FieldRule rule) {
        if (rule.min().isPresent() && rule.max().isPresent()) {
            return rule.min().get() + " to " + rule.max().get();
        }
        return rule.min().map(min -> "at least " + min).orElseGet(() -> "at most " + rule.max().orElseThrow());
    }

    /** Digits 0-9 with an optional sign, as long as a {@code long} holds them; Java would take other scripts' digits. */
    private static Optional<Long> wholeNumber(String text) {
        int start = text.startsWith("-") || text.startsWith("+") ? 1 : 0;
        if (text.length() == start || text.length() > 19) {
            return Optional.empty();
        }
        for (int i = start; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return Optional.empty();
            }
        }
        return Optional.of(Long.parseLong(text));
    }

    /** One of the rule's values, matched as written; a value that differs only in case gets a hint. */
    static Optional<String> choice(FieldRule rule, YamlNode.Scalar scalar, FileDiagnostics report) {
        String text = scalar.value().strip();
        if (rule.values().contains(text)) {
            return Optional.of(text);
        }
        String allowed = String.join(", ", rule.values().stream().map(value -> "\"" + value + "\"").toList());
        report.add(scalar.position(), Rule.FIELD_ENUM, rule.name() + " \"" + text + "\" is not allowed; expected one of "
                + allowed, newsbrief.diag.NearestName.among(text, rule.values()).map(near -> "did you mean \"" + near
                        + "\"?").orElse("use one of the values the schema lists"));
        return Optional.empty();
    }
}
