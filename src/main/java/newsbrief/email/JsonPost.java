package newsbrief.email;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** POSTs a JSON object to a newsletter service's API and reads its JSON answer. */
final class JsonPost {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final int EXCERPT_CHARS = 300;

    private final HttpClient client;
    private final String service;

    /** @param service the service's name, for messages */
    JsonPost(HttpClient client, String service) {
        this.client = client;
        this.service = service;
    }

    JsonNode post(URI url, Map<String, String> headers, ObjectNode body) throws HandoverException {
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(url).timeout(TIMEOUT)
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new HandoverException("cannot send to " + service + " at " + url + ": " + e.getMessage(), e);
        }
        headers.forEach(request::header);
        HttpResponse<String> response = send(url, request.build());
        if (response.statusCode() / 100 != 2) {
            throw new HandoverException(service + " answered " + response.statusCode() + " to POST " + url + ": "
                    + excerpt(response.body()));
        }
        try {
            return JSON.readTree(response.body().isBlank() ? "{}" : response.body());
        } catch (JsonProcessingException e) {
            throw new HandoverException(service + " answered with no JSON: " + excerpt(response.body()), e);
        }
    }

    private HttpResponse<String> send(URI url, HttpRequest request) throws HandoverException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new HandoverException("cannot reach " + service + " at " + url + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HandoverException("interrupted while sending to " + service, e);
        }
    }

    private static String excerpt(String body) {
        String flat = body.replaceAll("\\s+", " ").strip();
        return flat.length() <= EXCERPT_CHARS ? flat : flat.substring(0, EXCERPT_CHARS) + "…";
    }
}
