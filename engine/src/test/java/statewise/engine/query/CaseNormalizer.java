package statewise.engine.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Applies a corpus case's {@code normalization.transformers} to our own answer, as the corpus README asks, so that
 * it can be compared with what was recorded: names and ARNs replaced, timestamps made {@code "date"}, values under
 * the listed keys replaced, and LocalStack's default ARN partition and region placeholders.
 */
final class CaseNormalizer {

    private static final Pattern UUID = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}.*");
    private static final Pattern JSON_INPUT = Pattern.compile("<json-input:\\d+>");

    private final List<JsonNode> transformers = new ArrayList<>();
    private final Map<String, String> uuids = new HashMap<>();

    CaseNormalizer(JsonNode caseJson) {
        caseJson.path("normalization").path("transformers").forEach(transformers::add);
    }

    /**
     * Our output, normalized as the recorded one was. A {@code jsonpath} transformer is applied to its last member
     * name wherever it occurs, which is what its {@code $..} paths into the recorded events amount to for an output.
     */
    JsonNode output(JsonNode output) {
        try {
            JsonNode normalized = JsonText.MAPPER.readTree(text(JsonText.compact(output)));
            return values(normalized);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Our cause text, normalized as the recorded one was. */
    @Nullable String cause(@Nullable String cause) {
        return cause == null ? null : text(cause);
    }

    /**
     * Whether our cause matches the recorded one, where the corpus wrote {@code <json-input:N>} for the JSON text
     * of an input.
     */
    static boolean causeMatches(@Nullable String recorded, @Nullable String ours) {
        if (recorded == null || ours == null) {
            return recorded == null && ours == null;
        }
        StringBuilder regex = new StringBuilder();
        Matcher m = JSON_INPUT.matcher(recorded);
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(recorded.substring(last, m.start()))).append("[\\[{\"].*");
            last = m.end();
        }
        regex.append(Pattern.quote(recorded.substring(last)));
        return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(ours).matches();
    }

    private String text(String text) {
        String result = text;
        for (JsonNode t : transformers) {
            if (!t.path("kind").asText().equals("regex")) {
                continue;
            }
            String replacement = t.path("replacement").asText();
            Pattern regex = replacement.equals("generated-uuid") ? UUID : Pattern.compile(t.path("regex").asText());
            result = regex.matcher(result).replaceAll(Matcher.quoteReplacement(replacement));
        }
        return result.replace("arn:aws:", "arn:<partition>:").replace(":us-east-1:", ":<region>:");
    }

    private JsonNode values(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = JsonText.NODES.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> member = it.next();
                String keyed = replacementFor(member.getKey());
                JsonNode value = keyed != null ? TextNode.valueOf(keyed) : values(member.getValue());
                if (member.getKey().toLowerCase(Locale.ROOT).endsWith("id") && value.isTextual()
                        && UUID.matcher(value.textValue()).matches()) {
                    value = TextNode.valueOf(uuids.computeIfAbsent(value.textValue(),
                            u -> "<uuid:" + (uuids.size() + 1) + ">"));
                }
                copy.set(member.getKey(), value);
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonText.NODES.arrayNode();
            node.forEach(item -> copy.add(values(item)));
            return copy;
        }
        return node.isTextual() && TIMESTAMP.matcher(node.textValue()).matches() ? TextNode.valueOf("date") : node;
    }

    private @Nullable String replacementFor(String key) {
        for (JsonNode t : transformers) {
            String path = t.path("jsonpath").asText();
            if (t.path("kind").asText().equals("jsonpath") && path.endsWith("." + key)) {
                return t.path("replacement").asText();
            }
        }
        return key.toLowerCase(Locale.ROOT).contains("timestamp") ? "timestamp" : null;
    }
}
