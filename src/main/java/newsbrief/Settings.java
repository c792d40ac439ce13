package newsbrief;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import newsbrief.content.ContentScanner;
import newsbrief.content.SiteConfigReader;
import newsbrief.content.SourceFile;
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
 * @param key    what every output file depends on besides its own inputs, for the preview's cache
 *               keys: a digest of what the settings are made from (the text of site.yaml and of
 *               schema.yaml, and a base URL given on the command line), made once, as every save
 *               of the preview asks for it; the built-in schema and label sets are the jar's and do
 *               not change while it runs
 */
public record Settings(SiteConfig config, BriefSchema schema, String key) {

    public Settings {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(key, "key");
    }

    /** The settings, or empty after reporting every problem in them. */
    public static Optional<Settings> load(Path content, Optional<String> baseUrl, ContentScanner scanner,
            Diagnostics diagnostics) {
        Optional<String> baseUrlOverride = baseUrl.filter(url -> !url.isBlank());
        SiteConfigReader configReader = new SiteConfigReader(scanner);
        Optional<SourceFile> siteFile = configReader.source(content.resolve("site.yaml"), diagnostics);
        Optional<SiteConfig> config = siteFile.flatMap(source -> configReader.read(source, baseUrlOverride, diagnostics));
        Path schemaPath = content.resolve("schema.yaml");
        // A schema.yaml that is a link to nothing is reported, not taken for no schema.
        boolean ownSchema = Files.exists(schemaPath, LinkOption.NOFOLLOW_LINKS);
        Optional<SourceFile> schemaFile = ownSchema ? scanner.readInside(schemaPath, diagnostics) : Optional.empty();
        Optional<BriefSchema> schema = ownSchema
                ? schemaFile.flatMap(source -> SchemaLoader.parse(source, diagnostics))
                : Optional.of(SchemaLoader.defaultSchema());
        if (config.isEmpty() || schema.isEmpty()) {
            return Optional.empty();
        }
        // Keyed by the files' text, not by the records made from them: a record's toString
        // is spun up per record class on first use, a tenth of a second in a cold JVM.
        String key = ContentKey.of("settings").add(baseUrlOverride.orElse("")).add(baseUrlOverride.isPresent())
                .add(siteFile.get().text()).add(ownSchema).add(schemaFile.map(SourceFile::text).orElse(""))
                .build().digest();
        return Optional.of(new Settings(config.get(), schema.get(), key));
    }
}
