package newsbrief.email;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.Map;
import java.util.Optional;

/**
 * Creates a draft campaign in listmonk: {@code POST /api/campaigns} with
 * {@code Authorization: token USER:TOKEN}. listmonk creates campaigns as drafts; one is sent
 * only when an editor starts it.
 */
public final class ListmonkDrafts {

    private final JsonPost post;
    private final URI server;

    /** @param server where listmonk runs ({@code LISTMONK_URL}) */
    public ListmonkDrafts(HttpClient client, URI server) {
        this.post = new JsonPost(client, "listmonk");
        this.server = server;
    }

    /**
     * Returns the new campaign's id.
     *
     * @param list the id of the list it goes to
     * @param from the sender, when site.yaml names one (else listmonk's default)
     */
    public String create(EmailEdition edition, String user, String token, int list, Optional<String> from)
            throws HandoverException {
        ObjectNode body = JsonPost.JSON.createObjectNode()
                .put("name", edition.subject() + " (" + edition.name() + ")")
                .put("subject", edition.subject())
                .put("type", "regular")
                .put("content_type", "html")
                .put("body", edition.html())
                .put("altbody", edition.text());
        body.putArray("lists").add(list);
        from.ifPresent(address -> body.put("from_email", address));
        String base = server.toString().replaceFirst("/+$", "");
        JsonNode answer = post.post(URI.create(base + "/api/campaigns"),
                Map.of("Authorization", "token " + user + ":" + token), body);
        return answer.path("data").path("id").asText("");
    }
}
