package newsbrief.email;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.Map;

/**
 * Creates a draft in Buttondown: {@code POST /v1/emails} with {@code Authorization: Token KEY},
 * the subject, the HTML as body and {@code "status": "draft"} always, so nothing is sent until
 * an editor sends it from Buttondown.
 */
public final class ButtondownDrafts {

    /** Buttondown's API; {@code BUTTONDOWN_API_URL} names another (a test server). */
    public static final URI DEFAULT_API = URI.create("https://api.buttondown.com");

    private final JsonPost post;
    private final URI api;

    public ButtondownDrafts(HttpClient client, URI api) {
        this.post = new JsonPost(client, "Buttondown");
        this.api = api;
    }

    /** Returns the new draft's id. */
    public String create(EmailEdition edition, String apiKey) throws HandoverException {
        ObjectNode body = JsonPost.JSON.createObjectNode()
                .put("subject", edition.subject())
                .put("body", edition.html())
                .put("status", "draft");
        JsonNode answer = post.post(endpoint(), Map.of("Authorization", "Token " + apiKey), body);
        return answer.path("id").asText("");
    }

    private URI endpoint() {
        String base = api.toString().replaceFirst("/+$", "");
        return URI.create(base + "/v1/emails");
    }
}
