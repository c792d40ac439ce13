package newsbrief.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import newsbrief.BuildRequest;
import newsbrief.BuildResult;
import newsbrief.SiteBuild;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsbrief check}: validates every brief and writes nothing. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validate site.yaml, the schema and every brief; write nothing.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:everything is valid", "1:a brief has errors", "2:bad usage or configuration"})
final class CheckCommand implements Callable<Integer> {

    @Mixin
    private ContentOptions options;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        BuildResult result = new SiteBuild(Path.of("")).run(BuildRequest.check(options.content));
        int exit = Reporter.report(result, spec.commandLine().getErr());
        if (exit == ExitCode.OK) {
            spec.commandLine().getOut().println("all " + result.briefCount() + " briefs are valid");
            spec.commandLine().getOut().flush();
        }
        return exit;
    }
}
