package newsbrief.email;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.ParameterList;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import newsbrief.model.EmailSettings;

/**
 * Writes an edition as a MIME message ({@code .eml}): multipart/alternative, the text part first
 * and the HTML part last (the one clients prefer), an unsent draft ({@code X-Unsent: 1}) that mail
 * programs open for sending. The same input gives the same bytes: the date is the edition's, and
 * the boundary and Message-ID are made from the content, not from the clock or chance.
 */
final class EmlWriter {

    /** RFC 5322 dates in English and UTC whatever the machine's locale and zone. */
    private static final DateTimeFormatter DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private final EmailSettings settings;
    private final String host;

    /**
     * @param settings the sender, reply address and unsubscribe link
     * @param host     the site's host, the right-hand side of Message-IDs
     */
    EmlWriter(EmailSettings settings, String host) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.host = Objects.requireNonNull(host, "host");
    }

    /**
     * The message's bytes, lines ending in CRLF as RFC 5322 wants.
     *
     * @param date when the edition was published, for the Date header
     */
    byte[] write(String subject, String text, String html, Instant date) {
        String digest = digest(subject + '\u0000' + text + '\u0000' + html);
        try {
            MimeMessage message = new FixedIdMessage("<" + digest.substring(0, 32) + ".newsbrief@" + host + ">");
            message.setHeader("Date", DATE.format(date));
            if (settings.from().isPresent()) {
                message.setFrom(address(settings.from().get()));
            }
            if (settings.replyTo().isPresent()) {
                message.setReplyTo(new InternetAddress[] {address(settings.replyTo().get())});
            }
            message.setSubject(subject, "UTF-8");
            Optional<String> unsubscribe = settings.unsubscribeUrl();
            if (unsubscribe.isPresent()) {
                // Gmail and Yahoo ask bulk senders for both (RFC 2369, RFC 8058 one-click).
                message.setHeader("List-Unsubscribe", "<" + unsubscribe.get() + ">");
                message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            }
            message.setHeader("X-Unsent", "1");
            MimeMultipart alternative = new FixedBoundaryMultipart("=_newsbrief_" + digest.substring(32, 56));
            alternative.addBodyPart(part(text, "plain"));
            alternative.addBodyPart(part(html, "html"));
            message.setContent(alternative);
            message.saveChanges();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            message.writeTo(bytes);
            return bytes.toByteArray();
        } catch (MessagingException e) {
            throw new IllegalStateException("a message of valid parts cannot be written: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MimeBodyPart part(String content, String subtype) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(content.replace("\r\n", "\n").replace("\n", "\r\n"), "UTF-8", subtype);
        // Readable in any mail program's source view, and safe for lines longer than SMTP allows.
        part.setHeader("Content-Transfer-Encoding", "quoted-printable");
        return part;
    }

    /** An address as site.yaml gives it, its name encoded in UTF-8 whatever the machine's charset. */
    static InternetAddress address(String text) throws AddressException {
        InternetAddress parsed = new InternetAddress(text, true);
        try {
            return new InternetAddress(parsed.getAddress(), parsed.getPersonal(), "UTF-8");
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
    }

    private static String digest(String content) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always there", e);
        }
    }

    /** A message whose Message-ID is given, not made from the clock when it is saved. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String id;

        FixedIdMessage(String id) {
            super(Session.getInstance(new Properties()));
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }

    /** multipart/alternative with a given boundary instead of a random one. */
    private static final class FixedBoundaryMultipart extends MimeMultipart {
        FixedBoundaryMultipart(String boundary) {
            super("alternative");
            ParameterList parameters = new ParameterList();
            parameters.set("boundary", boundary);
            contentType = new ContentType("multipart", "alternative", parameters).toString();
        }
    }

}
