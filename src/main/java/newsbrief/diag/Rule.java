package newsbrief.diag;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every rule a diagnostic can name, with its stable id (printed as {@code [section-missing]} and
 * used as the key of the schema's {@code severity:} map), the severity it has unless the schema
 * says otherwise, and whether the schema may change it. Rules that decide whether a brief can be
 * published at all are not adjustable: a schema changes the counts instead.
 */
public enum Rule {
    FRONT_MATTER_MISSING("front-matter-missing"),
    FRONT_MATTER_UNCLOSED("front-matter-unclosed"),
    FRONT_MATTER_TYPE("front-matter-type"),
    YAML_SYNTAX("yaml-syntax"),
    YAML_DUPLICATE_KEY("yaml-duplicate-key"),
    YAML_TAG("yaml-tag"),
    YAML_ALIAS("yaml-alias"),
    YAML_KEY("yaml-key"),
    FIELD_UNKNOWN("field-unknown"),
    FIELD_REQUIRED("field-required"),
    FIELD_EMPTY("field-empty"),
    FIELD_TYPE("field-type"),
    FIELD_MAX_LENGTH("field-max-length"),
    FIELD_MAX_ITEMS("field-max-items"),
    FIELD_PATTERN("field-pattern"),
    FIELD_SLUG("field-slug"),
    FIELD_DATE("field-date"),
    FIELD_URL("field-url"),
    /** An {@code integer} field outside its {@code min} and {@code max}. */
    FIELD_RANGE("field-range"),
    /** An {@code enum} field whose value is not one of its {@code values}. */
    FIELD_ENUM("field-enum"),
    FIELD_REPEATED("field-repeated", Severity.WARNING),
    UPDATED_BEFORE_DATE("updated-before-date", Severity.WARNING),
    CONTENT_BEFORE_SECTION("content-before-section"),
    /** The schema's {@code preamble} is required and the brief opens with its first section. */
    PREAMBLE_MISSING("preamble-missing"),
    HEADING_LEVEL("heading-level"),
    /** A heading more than one level below the one before it, which leaves a hole in the page outline. */
    HEADING_SKIP("heading-skip", Severity.WARNING),
    SECTION_UNKNOWN("section-unknown"),
    SECTION_REPEATED("section-repeated"),
    SECTION_ORDER("section-order"),
    SECTION_MISSING("section-missing"),
    SECTION_EMPTY("section-empty"),
    /** A heading inside a section that is not one of the sub-sections its rule names. */
    SUBSECTION_UNKNOWN("subsection-unknown"),
    SUBSECTION_MISSING("subsection-missing"),
    BLOCK_NOT_ALLOWED("block-not-allowed"),
    BULLET_COUNT("bullet-count"),
    PARAGRAPH_COUNT("paragraph-count"),
    /** The schema's word range gives its severity; a warning unless it says error. */
    SECTION_WORDS("section-words", Severity.WARNING),
    BULLET_SENTENCES("bullet-sentences", Severity.WARNING),
    /** An error in a brief that would be published; a warning in a draft. */
    PLACEHOLDER("placeholder", Severity.ERROR),
    HEADLINE_LENGTH("headline-length", Severity.WARNING),
    BULLET_WORDS("bullet-words", Severity.WARNING),
    BRIEF_WORDS("brief-words", Severity.WARNING),
    LINK_URL("link-url", Severity.WARNING),
    LINK_TEXT("link-text", Severity.WARNING),
    /** A link or image to a path from the site's root that no file of the site answers. */
    LINK_TARGET_MISSING("link-target-missing", Severity.ERROR),
    RAW_HTML_ALLOWED("raw-html-allowed", Severity.WARNING),
    FILE_NAME_SLUG("file-name-slug"),
    FILE_NAME("file-name", Severity.WARNING),
    FILE_NAME_DATE("file-name-date", Severity.WARNING),
    SLUG_DUPLICATE("slug-duplicate"),
    TITLE_DUPLICATE("title-duplicate", Severity.WARNING),
    TAG_SPELLING("tag-spelling", Severity.WARNING),
    TAG_COLLISION("tag-collision"),
    FILE_TOO_LARGE("file-too-large"),
    FILE_ENCODING("file-encoding"),
    /** A C0 (but tab and line feed), DEL or C1 control character, raw or as a YAML escape. */
    CONTROL_CHARACTER("control-character"),
    FILE_UNREADABLE("file-unreadable"),
    FILE_OUTSIDE_CONTENT("file-outside-content"),
    CONFIG_MISSING("config-missing"),
    CONFIG_TYPE("config-type"),
    CONFIG_UNKNOWN_KEY("config-unknown-key"),
    CONFIG_BASE_URL("config-base-url"),
    CONFIG_LANGUAGE("config-language"),
    CONFIG_LABEL("config-label"),
    CONFIG_RANGE("config-range"),
    CONFIG_DOMAIN("config-domain"),
    CONFIG_FAVICON("config-favicon"),
    CONFIG_RAW_HTML("config-raw-html"),
    CONFIG_TIMEZONE("config-timezone"),
    CONFIG_EMAIL("config-email"),
    CONFIG_SUBSCRIBE("config-subscribe"),
    SCHEMA_INVALID("schema-invalid"),
    TEMPLATE_ERROR("template-error"),
    /** The email edition's preflight ({@code email} only; not adjustable: the schema is the briefs'). */
    EMAIL_SIZE("email-size"),
    EMAIL_IMAGE("email-image", Severity.WARNING, false),
    EMAIL_RELATIVE_LINK("email-relative-link", Severity.WARNING, false),
    EMAIL_UNSUBSCRIBE("email-unsubscribe", Severity.WARNING, false),
    EMAIL_SUBJECT_LENGTH("email-subject-length", Severity.WARNING, false),
    /** No brief is published: a warning, and a build refuses to replace a site that has briefs. */
    SITE_EMPTY("site-empty", Severity.WARNING),
    /** What {@code import} guessed, and what it could not place (not adjustable: they describe an import, not a brief). */
    IMPORT_GUESS("import-guess", Severity.WARNING, false),
    IMPORT_NOT_PLACED("import-not-placed", Severity.WARNING, false),
    /** A file {@code import} cannot make a brief of, or whose brief exists already. */
    IMPORT_REFUSED("import-refused"),
    /** A file of content/static/ at the path of a file newsbrief writes. */
    OUTPUT_CLASH("output-clash");

    private final String id;
    private final Severity defaultSeverity;
    private final boolean adjustable;

    /** A rule that is always an error. */
    Rule(String id) {
        this.id = id;
        this.defaultSeverity = Severity.ERROR;
        this.adjustable = false;
    }

    /** A rule the schema's {@code severity:} map may make an error or a warning, or switch off. */
    Rule(String id, Severity defaultSeverity) {
        this(id, defaultSeverity, true);
    }

    Rule(String id, Severity defaultSeverity, boolean adjustable) {
        this.id = id;
        this.defaultSeverity = defaultSeverity;
        this.adjustable = adjustable;
    }

    /** The id printed in brackets after a message, such as {@code section-missing}. */
    public String id() {
        return id;
    }

    /** The severity a problem of this rule has unless the schema gives it another. */
    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    /** Whether the schema's {@code severity:} map may change this rule. */
    public boolean adjustable() {
        return adjustable;
    }

    /** The adjustable rules, in declaration order. */
    public static List<Rule> adjustableRules() {
        return Arrays.stream(values()).filter(Rule::adjustable).toList();
    }

    /** The rule with this id, if there is one. */
    public static Optional<Rule> byId(String id) {
        return Arrays.stream(values()).filter(rule -> rule.id.equals(id)).findFirst();
    }

    @Override
    public String toString() {
        return id;
    }
}
