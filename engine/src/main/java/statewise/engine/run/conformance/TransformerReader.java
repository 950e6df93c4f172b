package statewise.engine.run.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reads a case's {@code normalization} member. */
final class TransformerReader {

    private TransformerReader() {
    }

    static Normalization normalization(JsonNode normalization) {
        List<Transformer> transformers = new ArrayList<>();
        normalization.path("transformers").forEach(t -> transformers.add(transformer(t)));
        return new Normalization(transformers, normalization.path("parallel_branch_events_sorted").asBoolean(false));
    }

    static Transformer transformer(JsonNode t) {
        String kind = t.path("kind").asText("");
        String replacement = t.path("replacement").asText("");
        boolean reference = t.path("replace_reference").asBoolean(true);
        return switch (kind) {
            case "regex" -> t.path("regex").isTextual() ? new Transformer.Regex(t.get("regex").asText(), replacement)
                    : new Transformer.Unsupported("regex without a pattern: " + t);
            case "jsonpath" -> t.path("jsonpath").isTextual()
                    ? new Transformer.JsonPathValue(t.get("jsonpath").asText(), replacement, reference)
                    : new Transformer.Unsupported("jsonpath without a path: " + t);
            case "key_value" -> t.path("key").isTextual()
                    ? new Transformer.KeyValue(t.get("key").asText(), replacement, reference)
                    : new Transformer.Unsupported("key_value without a key: " + t);
            case "generic" -> t.path("function").asText().contains("_convert_output_to_json")
                    ? new Transformer.Covered(t.path("function").asText())
                    : new Transformer.Unsupported("generic " + t.path("function").asText());
            case "utility" -> new Transformer.Unsupported("LocalStack utility transformers '"
                    + t.path("name").asText() + "'");
            default -> new Transformer.Unsupported(kind + " " + t);
        };
    }
}
