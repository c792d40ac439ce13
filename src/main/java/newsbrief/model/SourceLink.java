package newsbrief.model;

import java.net.URI;
import java.util.Objects;

/** A source the brief draws on: {@code {title: "Partnership announcement", url: https://...}}. */
public record SourceLink(String title, URI url) {

    public SourceLink {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
    }
}
