package newsbrief;

/**
 * What a long run tells of how far it has gone: the stage it is in, and how many of the stage's
 * steps are done. {@link SiteBuild} calls it from the threads that do the work, so an
 * implementation must be thread-safe; the command line shows it on a terminal
 * ({@code cli.TerminalProgress}).
 */
public interface Progress {

    /** Tells nothing: for runs no one watches (tests, the preview, output that is not a terminal). */
    Progress NONE = new Progress() {
        @Override
        public void stage(Stage stage, int total) {
        }

        @Override
        public void step() {
        }
    };

    /** The stages a user waits through on a large site. */
    enum Stage {
        READING("reading briefs"),
        CHECKING("checking the briefs together"),
        WRITING("writing files");

        private final String label;

        Stage(String label) {
            this.label = label;
        }

        /** As shown: "reading briefs". */
        public String label() {
            return label;
        }
    }

    /** A stage starts, with {@code total} steps (0 when it has no count). */
    void stage(Stage stage, int total);

    /** One more step of the current stage is done. */
    void step();
}
