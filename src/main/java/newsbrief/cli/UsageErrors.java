package newsbrief.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Bad usage in two lines, not the whole help:
 * <pre>
 * newsbrief check: error: invalid value for option '--format': expected text, json or github, not 'xml'
 * see 'newsbrief check --help'
 * </pre>
 * A misspelt option gets picocli's suggestion; the exit code is 2.
 */
final class UsageErrors implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        report(command, e.getMessage() + suggestion(e));
        return ExitCode.USAGE_OR_CONFIGURATION;
    }

    /** Prints a usage error of {@code command}; for commands that find bad usage after parsing. */
    static int report(CommandLine command, String message) {
        String name = command.getCommandSpec().qualifiedName();
        PrintWriter err = command.getErr();
        err.println(name + ": error: " + lowerFirst(message.strip()));
        err.println("see '" + name + " --help'");
        err.flush();
        return ExitCode.USAGE_OR_CONFIGURATION;
    }

    /** A bad option value found after parsing: {@code --base-url: error: ...}, blaming the option. */
    static void optionError(CommandLine command, String option, String message) {
        PrintWriter err = command.getErr();
        err.println(option + ": error: " + message);
        err.println("see '" + command.getCommandSpec().qualifiedName() + " --help'");
        err.flush();
    }

    private static String suggestion(ParameterException e) {
        if (e instanceof UnmatchedArgumentException unmatched) {
            List<String> suggestions = unmatched.getSuggestions();
            if (!suggestions.isEmpty()) {
                return "; did you mean " + String.join(" or ", suggestions) + "?";
            }
        }
        return "";
    }

    /** picocli capitalises its messages; ours are lower case, as compilers write them. */
    private static String lowerFirst(String message) {
        if (message.length() > 1 && Character.isUpperCase(message.charAt(0)) && !Character.isUpperCase(message.charAt(1))) {
            return message.substring(0, 1).toLowerCase(Locale.ROOT) + message.substring(1);
        }
        return message;
    }
}
