package newsbrief.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import newsbrief.BuildRequest;
import newsbrief.BuildResult;
import newsbrief.SiteBuild;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsbrief check}: validates every brief and writes nothing. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validate site.yaml, the schema and every brief; write nothing.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:everything is valid", "1:a brief has errors (or warnings, with --strict)",
                "2:bad usage or configuration"})
final class CheckCommand implements Callable<Integer> {

    @Mixin
    private ContentOptions options;

    @Mixin
    private ReportOptions report;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = FormatConverter.class,
            completionCandidates = FormatNames.class,
            description = "How to write diagnostics: text (on standard error), json or github (on standard output).")
    private DiagnosticFormat format = DiagnosticFormat.TEXT;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        BuildRequest request = BuildRequest.check(options.content).withStrict(report.strict);
        BuildResult result = new SiteBuild(Path.of("")).run(request);
        int exit = new Reporter(format, report.useColour())
                .report(result, spec.commandLine().getOut(), spec.commandLine().getErr());
        if (exit == ExitCode.OK && format == DiagnosticFormat.TEXT) {
            spec.commandLine().getOut().println("all " + result.briefCount() + " briefs are valid");
            spec.commandLine().getOut().flush();
        }
        return exit;
    }

    /** Accepts the format names in any case. */
    static final class FormatConverter implements ITypeConverter<DiagnosticFormat> {
        @Override
        public DiagnosticFormat convert(String value) {
            return EnumValues.parse(DiagnosticFormat.class, value);
        }
    }

    /** text, json, github. */
    static final class FormatNames extends EnumValues.Candidates<DiagnosticFormat> {
        FormatNames() {
            super(DiagnosticFormat.class);
        }
    }
}
