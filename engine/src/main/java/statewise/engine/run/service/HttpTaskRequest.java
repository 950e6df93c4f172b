package statewise.engine.run.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The request an HTTP Task ({@code arn:aws:states:::http:invoke}) sends, built from its parameters as AWS reads
 * them: {@code ApiEndpoint} with {@code QueryParameters}, {@code Method}, {@code Headers}, {@code RequestBody}
 * (JSON text, a string as it is, or form fields with {@code Transform.RequestBodyEncoding} {@code URL_ENCODED}
 * and {@code RequestEncodingOptions.ArrayFormat} BRACKETS, COMMAS, REPEAT or INDICES, the default).
 * {@code Authentication.ConnectionArn} is accepted: locally the user's own headers authenticate.
 *
 * @param uri     where the request goes
 * @param request the request to send
 */
record HttpTaskRequest(URI uri, HttpRequest request) {

    /** AWS ends an HTTP Task's call after 60 seconds. */
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD");

    /** The request for {@code parameters}; a parameter AWS would refuse is an {@link IllegalArgumentException}. */
    static HttpTaskRequest of(JsonNode parameters) {
        String endpoint = parameters.path("ApiEndpoint").asText("");
        String method = parameters.path("Method").asText("").toUpperCase(Locale.ROOT);
        if (!METHODS.contains(method)) {
            throw new IllegalArgumentException("The HTTP Task's Method must be one of " + String.join(", ",
                    METHODS.stream().sorted().toList()) + ", not '" + parameters.path("Method").asText("") + "'.");
        }
        URI uri = uri(endpoint, parameters.path("QueryParameters"));
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(TIMEOUT);
        boolean typed = false;
        for (Iterator<Map.Entry<String, JsonNode>> it = parameters.path("Headers").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> header = it.next();
            builder.header(header.getKey(), header.getValue().isTextual() ? header.getValue().textValue()
                    : header.getValue().toString());
            typed |= header.getKey().equalsIgnoreCase("Content-Type");
        }
        JsonNode body = parameters.get("RequestBody");
        JsonNode transform = parameters.path("Transform");
        boolean form = "URL_ENCODED".equals(transform.path("RequestBodyEncoding").asText());
        String text = body == null || body.isNull() ? null : form ? formEncoded(body, arrayFormat(transform))
                : body.isTextual() ? body.textValue() : body.toString();
        if (text != null && !typed) {
            builder.header("Content-Type", form ? "application/x-www-form-urlencoded" : "application/json");
        }
        builder.method(method, text == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8));
        return new HttpTaskRequest(uri, builder.build());
    }

    private static URI uri(String endpoint, JsonNode query) {
        URI base;
        try {
            base = new URI(endpoint);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("The HTTP Task's ApiEndpoint is not a URL: '" + endpoint + "' ("
                    + e.getReason() + ").");
        }
        if (!"http".equalsIgnoreCase(base.getScheme()) && !"https".equalsIgnoreCase(base.getScheme())
                || base.getHost() == null) {
            throw new IllegalArgumentException("The HTTP Task's ApiEndpoint must be an http or https URL with a"
                    + " host, not '" + endpoint + "'.");
        }
        if (!query.isObject() || query.isEmpty()) {
            return base;
        }
        String joined = pairs(query, "REPEAT").stream().map(p -> encode(p[0]) + "=" + encode(p[1]))
                .reduce((a, b) -> a + "&" + b).orElse("");
        String raw = base.getRawQuery();
        String whole = base.toString();
        int fragment = whole.indexOf('#');
        String head = fragment < 0 ? whole : whole.substring(0, fragment);
        return URI.create(head + (raw == null ? "?" : "&") + joined + (fragment < 0 ? "" : whole.substring(fragment)));
    }

    private static String arrayFormat(JsonNode transform) {
        return transform.path("RequestEncodingOptions").path("ArrayFormat").asText("INDICES");
    }

    /** An object's members as form fields ({@code a=1&b=2}); arrays as {@code format} says. */
    static String formEncoded(JsonNode body, String format) {
        if (!body.isObject()) {
            return body.isTextual() ? body.textValue() : body.toString();
        }
        List<String> fields = new ArrayList<>();
        for (String[] pair : pairs(body, format)) {
            fields.add(encode(pair[0]) + "=" + encode(pair[1]));
        }
        return String.join("&", fields);
    }

    private static List<String[]> pairs(JsonNode object, String format) {
        List<String[]> pairs = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> member = it.next();
            String key = member.getKey();
            JsonNode value = member.getValue();
            if (!value.isArray()) {
                pairs.add(new String[] {key, scalar(value)});
                continue;
            }
            List<String> values = new ArrayList<>();
            value.forEach(v -> values.add(scalar(v)));
            switch (format) {
                case "COMMAS" -> pairs.add(new String[] {key, String.join(",", values)});
                case "BRACKETS" -> values.forEach(v -> pairs.add(new String[] {key + "[]", v}));
                case "REPEAT" -> values.forEach(v -> pairs.add(new String[] {key, v}));
                default -> {
                    for (int i = 0; i < values.size(); i++) {
                        pairs.add(new String[] {key + "[" + i + "]", values.get(i)});
                    }
                }
            }
        }
        return pairs;
    }

    private static String scalar(JsonNode value) {
        return value.isValueNode() ? value.asText() : value.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
