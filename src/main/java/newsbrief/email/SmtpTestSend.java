package newsbrief.email;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.Optional;
import java.util.Properties;

/**
 * Sends one test copy of an edition through an SMTP server ({@code smtp://HOST:PORT}), upgrading
 * to TLS when the server offers STARTTLS, logging in when a user is given. The copy is the
 * {@code .eml} as written, addressed to one person and no longer marked unsent.
 */
public final class SmtpTestSend {

    /** The mail submission port, where STARTTLS is expected. */
    public static final int DEFAULT_PORT = 587;
    private static final String TIMEOUT_MILLIS = "30000";

    /**
     * @param user     the login, with its password, when the server wants one
     */
    public void send(EmailEdition edition, URI server, String to, Optional<Login> user) throws HandoverException {
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", server.getHost());
        properties.setProperty("mail.smtp.port", String.valueOf(server.getPort() < 0 ? DEFAULT_PORT : server.getPort()));
        properties.setProperty("mail.smtp.starttls.enable", "true");
        properties.setProperty("mail.smtp.auth", String.valueOf(user.isPresent()));
        properties.setProperty("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.setProperty("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.setProperty("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        Session session = Session.getInstance(properties);
        try {
            MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(edition.eml()));
            message.removeHeader("X-Unsent");
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
            if (user.isPresent()) {
                Transport.send(message, user.get().user(), user.get().password());
            } else {
                Transport.send(message);
            }
        } catch (MessagingException e) {
            throw new HandoverException("cannot send the test copy through " + server + ": " + oneLine(e), e);
        }
    }

    private static String oneLine(MessagingException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        return message.replaceAll("\\s+", " ").strip();
    }

    /** An SMTP login ({@code SMTP_USER}, {@code SMTP_PASSWORD}). */
    public record Login(String user, String password) {
        @Override
        public String toString() {
            return "Login[" + user + "]";
        }
    }
}
