package statewise.engine.run.items;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * How a distributed Map's ResultWriter shapes its child executions' results ({@code WriterConfig}), as AWS documents
 * it. {@code Transformation}: {@code NONE} keeps each child's metadata with its output (ExecutionArn, Input, Output as
 * JSON text, Status…; the default when there is no WriterConfig), {@code COMPACT} keeps only each child's output,
 * {@code FLATTEN} keeps only the outputs and spreads a child's array output into its elements. A failed child's entry
 * stays as {@code NONE} writes it under every transformation. {@code OutputType}: {@code JSON} writes a file as one
 * JSON array, {@code JSONL} as one entry per line.
 *
 * @param transformation NONE, COMPACT or FLATTEN
 * @param jsonLines      whether files are JSON Lines
 */
public record ResultFormat(String transformation, boolean jsonLines) {

    /** What AWS writes without a WriterConfig: every child's metadata, as a JSON array. */
    public static final ResultFormat DEFAULT = new ResultFormat("NONE", false);

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The format a WriterConfig names; a missing value keeps the default (the validator requires both). */
    public static ResultFormat of(@Nullable String transformation, @Nullable String outputType) {
        return new ResultFormat(transformation == null ? DEFAULT.transformation : transformation,
                "JSONL".equals(outputType));
    }

    /**
     * The results as the transformation gives them.
     *
     * @param entries the children's entries as {@code NONE} gives them, in item order
     */
    public ArrayNode transform(ArrayNode entries) {
        if (transformation.equals("NONE")) {
            return entries;
        }
        ArrayNode results = JsonNodeFactory.instance.arrayNode(entries.size());
        for (JsonNode entry : entries) {
            if (!"SUCCEEDED".equals(entry.path("Status").asText())) {
                results.add(entry);
                continue;
            }
            JsonNode output = output(entry);
            if (transformation.equals("FLATTEN") && output.isArray()) {
                results.addAll((ArrayNode) output);
            } else {
                results.add(output);
            }
        }
        return results;
    }

    /** The text of a result file holding {@code results}. */
    public String fileText(ArrayNode results) {
        if (!jsonLines) {
            return results.toString();
        }
        StringJoiner lines = new StringJoiner("\n", "", results.isEmpty() ? "" : "\n");
        results.forEach(result -> lines.add(result.toString()));
        return lines.toString();
    }

    /** A succeeded child's output, which its entry holds as JSON text. */
    private static JsonNode output(JsonNode entry) {
        JsonNode output = entry.path("Output");
        if (!output.isTextual()) {
            return output;
        }
        try {
            return JSON.readTree(output.textValue());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A child execution's Output is not JSON text: " + output, e);
        }
    }
}
