package newsbrief.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** The Nu HTML Checker (the W3C's validator), run in-process on one page at a time. */
public final class HtmlChecker {

    private final List<String> errors = new ArrayList<>();
    private final SimpleDocumentValidator validator = new SimpleDocumentValidator();
    private String current = "";

    public HtmlChecker() throws Exception {
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // Warnings are advice ("consider adding lang"); the standard is met without them.
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(current + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        validator.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", handler);
        validator.setUpValidatorAndParsers(handler, true, false);
    }

    /** Checks one page; its errors are added to {@link #errors()}. */
    public void check(Path page, String name) throws IOException, SAXException {
        current = name;
        try (InputStream in = Files.newInputStream(page)) {
            InputSource source = new InputSource(in);
            source.setEncoding("UTF-8");
            validator.checkHtmlInputSource(source);
        }
    }

    public List<String> errors() {
        return errors;
    }
}
