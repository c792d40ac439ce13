package newsbrief.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code newsbrief}: the entry point of the jar. */
@Command(name = "newsbrief",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Builds a static newsletter site from Markdown briefs.")
public final class Main implements Runnable {

    /**
     * The commands, in the order the help lists them. picocli reads a command's annotations by
     * reflection when it is added, a tenth of a second or more for all of them in a cold JVM, so
     * a command line that names one gets only that one ({@link #commandLine}).
     */
    private static final Map<String, Supplier<Object>> COMMANDS = commands();

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("build", BuildCommand::new);
        commands.put("check", CheckCommand::new);
        commands.put("serve", ServeCommand::new);
        commands.put("new", NewCommand::new);
        commands.put("import", ImportCommand::new);
        commands.put("email", EmailCommand::new);
        commands.put("help", CommandLine.HelpCommand::new);
        return commands;
    }

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    private final Map<String, String> environment;

    private Main(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    /** The process environment, where hand-over keys come from ({@code email --push}). */
    Map<String, String> environment() {
        return environment;
    }

    public static void main(String[] args) {
        if (args.length > 0 && WARMED_COMMANDS.contains(args[0])) {
            Warmup.start();
        }
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** The commands that read briefs, for which loading the libraries early pays ({@link Warmup}). */
    private static final java.util.Set<String> WARMED_COMMANDS = java.util.Set.of("build", "check", "serve", "email",
            "import");

    /** Runs the command line with the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, System.getenv());
    }

    /** The same, with the environment given (tests hand keys over this way). */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> environment) {
        CommandLine commandLine = commandLine(new Main(environment), args);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExitCodeExceptionMapper(e -> ExitCode.USAGE_OR_CONFIGURATION);
        commandLine.setParameterExceptionHandler(new UsageErrors());
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            // A bug, not a content problem: say so plainly, with the trace for the report.
            cmd.getErr().println("newsbrief: internal error: " + e);
            e.printStackTrace(cmd.getErr());
            return ExitCode.INTERNAL_ERROR;
        });
        try {
            return commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            // Not a bug and not the content's fault: the site is larger than the heap given.
            err.println("error: newsbrief ran out of memory (" + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MiB of heap); give Java more, e.g. java -Xmx2g -jar newsbrief.jar ...");
            err.flush();
            return ExitCode.OUT_OF_MEMORY;
        }
    }

    /**
     * The command line for these arguments: with only the command they name, or with every
     * command when they name none (no arguments, an option such as {@code --help}, a mistyped
     * name), so that the help and the "did you mean" suggestions list them all.
     */
    static CommandLine commandLine(Main main, String[] args) {
        CommandLine commandLine = new CommandLine(main);
        Supplier<Object> named = args.length > 0 && !args[0].equals("help") ? COMMANDS.get(args[0]) : null;
        if (named != null) {
            commandLine.addSubcommand(named.get());
        } else {
            COMMANDS.values().forEach(command -> commandLine.addSubcommand(command.get()));
        }
        return commandLine;
    }

    /** {@code newsbrief} alone: a usage error, exit code 2. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: build, check, serve, new, import or email");
    }
}
