package newsbrief.cli;

/** The process exit codes; fixed, so scripts and CI can tell failures apart. */
public final class ExitCode {

    /** Everything valid; the site was written, if asked. */
    public static final int OK = 0;
    /** A brief has errors. */
    public static final int CONTENT_ERRORS = 1;
    /** Bad command-line usage, or site.yaml, schema.yaml or the output folder cannot be used. */
    public static final int USAGE_OR_CONFIGURATION = 2;
    /** The site needs more heap than Java was given. */
    public static final int OUT_OF_MEMORY = 3;
    /** A bug in newsbrief; the message asks for a report. */
    public static final int INTERNAL_ERROR = 70;

    private ExitCode() {
    }
}
