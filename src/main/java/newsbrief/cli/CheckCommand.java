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
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
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
        if (!options.exists(spec.commandLine())) {
            return ExitCode.USAGE_OR_CONFIGURATION;
        }
        BuildRequest request = BuildRequest.check(options.content).withStrict(report.strict);
        BuildResult result;
        try (TerminalProgress progress = TerminalProgress.open(System.out)) {
            result = new SiteBuild(Path.of("")).reportingTo(progress).run(request);
        }
        int exit = new Reporter(format, report.useColour(), "no brief was checked")
                .report(result, spec.commandLine().getOut(), spec.commandLine().getErr());
        if (exit == ExitCode.OK && format == DiagnosticFormat.TEXT) {
            spec.commandLine().getOut().println(valid(result.briefCount()) + Reporter.warnings(result));
            spec.commandLine().getOut().flush();
        }
        return exit;
    }

    /** "all 9 briefs are valid", "the 1 brief is valid", "no briefs yet". */
    static String valid(int briefs) {
        return switch (briefs) {
            case 0 -> "no briefs to check; site.yaml and the schema are valid";
            case 1 -> "the 1 brief is valid";
            default -> "all " + briefs + " briefs are valid";
        };
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
