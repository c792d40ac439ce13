package newsbrief.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import newsbrief.model.ContentKey;
import newsbrief.content.BriefParser;
import newsbrief.content.ParsedBrief;
import newsbrief.content.SourceFile;
import newsbrief.diag.Diagnostics;
import newsbrief.html.BriefHtml;
import newsbrief.html.HtmlStorage;
import newsbrief.model.Brief;
import newsbrief.model.RawHtml;
import newsbrief.model.Site;
import newsbrief.model.SiteConfig;
import newsbrief.render.Templates;
import newsbrief.schema.BriefSchema;
import newsbrief.schema.BriefValidator;
import newsbrief.schema.SchemaLoader;
import newsbrief.site.OutputPlan;
import newsbrief.site.PagesOutput;
import newsbrief.site.PlannedFile;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The hot inner steps for one realistic brief, with JMH: parse (YAML and CommonMark), validate
 * (schema checks and section HTML), render (its page through the precompiled template).
 * <pre>
 * mvn -q -Pbench test-compile exec:exec -Dbench.main=org.openjdk.jmh.Main -Dbench.args=BriefSteps
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BriefSteps {

    private SourceFile source;
    private BriefParser parser;
    private BriefValidator validator;
    private ParsedBrief parsed;
    private BriefHtml html;
    private Templates templates;
    private PlannedFile page;

    @Setup
    public void prepare() throws IOException {
        Path root = Files.createTempDirectory("newsbrief-steps");
        Path content = new CorpusGenerator(7).write(root, 1);
        Path file;
        try (var files = Files.list(content.resolve("briefs"))) {
            file = files.findFirst().orElseThrow();
        }
        source = new SourceFile("brief.md", file, Files.readString(file));
        BriefSchema schema = SchemaLoader.defaultSchema();
        parser = new BriefParser(schema.policy());
        validator = new BriefValidator(schema, RawHtml.SANITIZE);
        html = new BriefHtml(RawHtml.SANITIZE, HtmlStorage.PLAIN);
        parsed = parser.parse(source, new Diagnostics());
        Brief brief = html.render(validator.validate(parsed).orElseThrow(), ContentKey.of("bench").build());
        SiteConfig config = SiteConfig.builder("Benchmark", java.net.URI.create("https://example.com/")).build();
        templates = Templates.precompiled();
        OutputPlan plan = new OutputPlan(new Site(config, List.of(brief)), "settings", templates, templates.prepare(),
                List.of());
        new PagesOutput().plan(plan);
        page = plan.files().stream().filter(p -> p.outputPath().startsWith("briefs/")).findFirst().orElseThrow();
    }

    @Benchmark
    public ParsedBrief parse() {
        return parser.parse(source, new Diagnostics());
    }

    @Benchmark
    public Optional<Brief> validate() {
        // Validation reports into the parsed brief's diagnostics; parse anew so each run starts clean.
        return validator.validate(parser.parse(source, new Diagnostics())).map(valid -> html.render(valid, ContentKey.of("bench").build()));
    }

    @Benchmark
    public byte[] render() throws java.io.IOException {
        return page.content().make();
    }
}
