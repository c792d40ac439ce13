package newsbrief.email;

/** Handing an edition over to a mail server or a newsletter service failed; the message says why, in one line. */
public final class HandoverException extends Exception {

    private static final long serialVersionUID = 1L;

    public HandoverException(String message) {
        super(message);
    }

    public HandoverException(String message, Throwable cause) {
        super(message, cause);
    }
}
