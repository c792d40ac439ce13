package newsbrief.site;

/** The output folder cannot be used or written; the message says why, for the user. */
public final class OutputException extends Exception {

    private static final long serialVersionUID = 1L;

    public OutputException(String message) {
        super(message);
    }

    public OutputException(String message, Throwable cause) {
        super(message, cause);
    }
}
