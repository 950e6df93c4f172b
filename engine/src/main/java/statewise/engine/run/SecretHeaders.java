package statewise.engine.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Keeps secrets out of history and logs: the values of HTTP headers that carry credentials (Authorization, API
 * keys, cookies, tokens) are replaced by {@value #REDACTED} wherever an HTTP Task's request or response is
 * recorded. The request itself is sent with the real values.
 */
public final class SecretHeaders {

    public static final String REDACTED = "[redacted]";

    private static final Set<String> NAMES = Set.of("authorization", "proxy-authorization", "cookie", "set-cookie",
            "x-api-key", "x-amz-security-token");
    private static final String[] PARTS = {"token", "secret", "password", "api-key", "apikey", "credential"};

    private SecretHeaders() {
    }

    /** Whether a header of this name (any case) carries a secret. */
    public static boolean isSecret(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (NAMES.contains(lower)) {
            return true;
        }
        for (String part : PARTS) {
            if (lower.contains(part)) {
                return true;
            }
        }
        return false;
    }

    /** A copy of a headers object ({@code {"Name": value or [values]}}) with secret values redacted. */
    public static JsonNode redacted(JsonNode headers) {
        if (!headers.isObject()) {
            return headers;
        }
        ObjectNode copy = ExecutionRun.NODES.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = headers.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> header = it.next();
            copy.set(header.getKey(), isSecret(header.getKey())
                    ? ExecutionRun.NODES.textNode(REDACTED) : header.getValue());
        }
        return copy;
    }

    /** HTTP Task parameters as history records them: {@code Headers} redacted, the rest as given. */
    static JsonNode parameters(TaskResource resource, JsonNode parameters) {
        if (!"http".equals(resource.resourceType()) || !parameters.path("Headers").isObject()) {
            return parameters;
        }
        ObjectNode copy = parameters.deepCopy();
        copy.set("Headers", redacted(parameters.get("Headers")));
        return copy;
    }
}
