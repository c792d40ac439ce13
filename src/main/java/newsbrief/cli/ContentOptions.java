package newsbrief.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The option every command shares: where the content is. */
final class ContentOptions {

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "Folder with site.yaml, briefs/ and optionally schema.yaml (default: ${DEFAULT-VALUE}).")
    Path content;
}
