package newsbrief;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import newsbrief.content.ContentScanner;
import newsbrief.content.SiteConfigReader;
import newsbrief.diag.Diagnostics;
import newsbrief.model.ContentKey;
import newsbrief.model.SiteConfig;
import newsbrief.schema.BriefSchema;
import newsbrief.schema.SchemaLoader;

/**
 * What a build reads before any brief: {@code content/site.yaml} and the schema
 * ({@code content/schema.yaml}, else the built-in one).
 *
 * @param config the site's settings
 * @param schema the brief format
 * @param key    what every output file depends on besides its own inputs: a digest of the settings
 *               and the schema (as records, their text lists every component), for the preview's
 *               cache keys; made once, as every save of the preview asks for it
 */
public record Settings(SiteConfig config, BriefSchema schema, String key) {

    public Settings {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(key, "key");
    }

    public Settings(SiteConfig config, BriefSchema schema) {
        this(config, schema, ContentKey.of("settings").add(config.toString()).add(schema.toString()).build().digest());
    }

    /** The settings, or empty after reporting every problem in them. */
    public static Optional<Settings> load(Path content, Optional<String> baseUrl, ContentScanner scanner,
            Diagnostics diagnostics) {
        Optional<SiteConfig> config = new SiteConfigReader(scanner).read(content.resolve("site.yaml"),
                baseUrl.filter(url -> !url.isBlank()), diagnostics);
        Path schemaFile = content.resolve("schema.yaml");
        // A schema.yaml that is a link to nothing is reported, not taken for no schema.
        Optional<BriefSchema> schema = Files.exists(schemaFile, LinkOption.NOFOLLOW_LINKS)
                ? new SchemaLoader(scanner).load(schemaFile, diagnostics)
                : Optional.of(SchemaLoader.defaultSchema());
        return config.isPresent() && schema.isPresent()
                ? Optional.of(new Settings(config.get(), schema.get())) : Optional.empty();
    }
}
