package newsbrief.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The option every command shares: where the content is. */
final class ContentOptions {

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "Folder with site.yaml, briefs/ and optionally schema.yaml (default: ${DEFAULT-VALUE}).")
    Path content;

    /**
     * Whether the content folder is there; when it is not, says so as the option's fault, since
     * "site.yaml is missing" would send the editor looking for the wrong thing.
     */
    boolean exists(CommandLine command) {
        if (Files.isDirectory(content)) {
            return true;
        }
        UsageErrors.optionError(command, "--content", (Files.exists(content) ? "\"" + content + "\" is not a folder"
                : "content folder \"" + content + "\" does not exist")
                + "; expected a folder with site.yaml and briefs/");
        return false;
    }
}
