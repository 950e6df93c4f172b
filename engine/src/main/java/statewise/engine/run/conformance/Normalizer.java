package statewise.engine.run.conformance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import statewise.engine.run.ExecutionIdentity;
import statewise.engine.run.ExecutionResult;
import statewise.engine.run.history.HistoryJson;

/**
 * Normalises our execution's answer exactly as the recording normalised AWS's (the corpus README, "Comparing a run
 * with a case"), so that the two compare equal when the executions were the same. The steps, in the recording's
 * order: keys sorted; event timestamps become {@code "timestamp"}; strings starting with {@code '{'} are parsed
 * back into JSON (once, not within what they hold); Parallel events are sorted where the case says so; the case's
 * transformers run in order; then UUIDs under keys ending in {@code id} become {@code <uuid:N>}, ISO-8601 dates
 * become {@code "date"}, other values under keys containing {@code timestamp} become {@code "timestamp"}. The
 * text replacements (regexes, references) apply to Python's serialisation of the whole answer, last. A
 * {@code roleArn} still holding the execution's role then becomes {@code snf_role_arn}.
 *
 * <p>Where a case recorded the history, the corpus took the execution's output from the normalised
 * {@code ExecutionSucceeded} event (so transformers of {@code $..events..} paths reached it); ours is then taken
 * the same way.
 */
public final class Normalizer {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final Normalization normalization;
    private final ExecutionIdentity identity;
    private final boolean outputFromHistory;

    /** @param outputFromHistory true to read the output from the history, as for cases that recorded one */
    public Normalizer(Normalization normalization, ExecutionIdentity identity, boolean outputFromHistory) {
        this.normalization = normalization;
        this.identity = identity;
        this.outputFromHistory = outputFromHistory;
    }

    public static Normalizer forCase(ConformanceCase testCase) {
        return new Normalizer(testCase.normalization(), testCase.identity(), testCase.expected().history() != null);
    }

    public NormalizedResult normalize(ExecutionResult result) {
        List<String> notes = new ArrayList<>();
        ObjectNode answer = answer(result);
        TransformContext context = new TransformContext();
        if (normalization.parallelBranchEventsSorted()) {
            ParallelEvents.normalise((ArrayNode) answer.path("history").path("events"));
        }
        boolean roleNamed = namesTheRole();
        normalization.transformers().stream().filter(t -> !roleNamed || !replacesRole(t))
                .forEach(t -> apply(t, answer, context, notes));
        KeyRule.UUIDS.apply(answer, context);
        context.addReplacement(text -> IsoDates.PATTERN.matcher(text).replaceAll("date"));
        KeyRule.TIMESTAMPS.apply(answer, context);
        JsonNode replaced = reparse(context.apply(PythonJson.dumps(answer)), answer, notes);
        if (!roleNamed) {
            replaceRole(replaced);
        }
        List<ObjectNode> events = new ArrayList<>();
        replaced.path("history").path("events").forEach(e -> {
            if (e instanceof ObjectNode event) {
                events.add(event);
            }
        });
        JsonNode error = replaced.get("error");
        return new NormalizedResult(result.status(), output(replaced, events), error == null ? null : error.asText(),
                replaced.get("cause"), events, notes);
    }

    private @Nullable JsonNode output(JsonNode replaced, List<ObjectNode> events) {
        if (outputFromHistory) {
            for (ObjectNode event : events) {
                JsonNode output = event.path("executionSucceededEventDetails").get("output");
                if (output != null) {
                    JsonNode parsed = output.isTextual() ? parse(output.textValue()) : null;
                    return parsed != null ? parsed : output;
                }
            }
        }
        return replaced.get("output");
    }

    /** Our answer as the recording saw AWS's: history with text payloads, then the execution's result. */
    private static ObjectNode answer(ExecutionResult result) {
        ObjectNode history = HistoryJson.history(result.history());
        history.path("events").forEach(e -> ((ObjectNode) e).put("timestamp", "timestamp"));
        ObjectNode answer = NODES.objectNode();
        answer.set("history", sortKeys(history));
        parseBack((ObjectNode) answer.get("history"));
        if (result.error() != null) {
            answer.put("error", result.error());
        }
        if (result.cause() != null) {
            JsonNode parsed = result.cause().startsWith("{") ? parse(result.cause()) : null;
            answer.set("cause", parsed != null ? parsed : NODES.textNode(result.cause()));
        }
        if (result.output() != null) {
            answer.set("output", result.output().deepCopy());
        }
        return answer;
    }

    private static JsonNode sortKeys(JsonNode node) {
        if (node instanceof ObjectNode object) {
            ObjectNode sorted = NODES.objectNode();
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            names.stream().sorted().forEach(name -> sorted.set(name, sortKeys(object.get(name))));
            return sorted;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode sorted = NODES.arrayNode();
            array.forEach(item -> sorted.add(sortKeys(item)));
            return sorted;
        }
        return node;
    }

    /**
     * The recording parsed every string that starts with {@code '{'} and holds JSON, in objects and in the objects
     * of arrays, but not within what it parsed.
     */
    static void parseBack(ObjectNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            JsonNode value = object.get(name);
            if (value instanceof ArrayNode array) {
                array.forEach(item -> {
                    if (item instanceof ObjectNode child) {
                        parseBack(child);
                    }
                });
            } else if (value instanceof ObjectNode child) {
                parseBack(child);
            } else if (value.isTextual() && value.textValue().startsWith("{")) {
                JsonNode parsed = parse(value.textValue());
                if (parsed != null) {
                    object.set(name, parsed);
                }
            }
        }
    }

    private void apply(Transformer transformer, ObjectNode answer, TransformContext context, List<String> notes) {
        if (transformer instanceof Transformer.Regex r) {
            Pattern pattern = PythonRegex.compile(r.regex());
            if (pattern == null) {
                notes.add("regex transformer not applied (Java cannot compile it): " + r.regex());
            } else {
                context.addReplacement(text -> PythonRegex.replaceAll(pattern, r.replacement(), text));
            }
        } else if (transformer instanceof Transformer.JsonPathValue p) {
            applyPath(p, answer, context, notes);
        } else if (transformer instanceof Transformer.KeyValue k) {
            KeyRule.exactKey(k.key(), k.replacement(), k.replaceReference()).apply(answer, context);
        } else if (transformer instanceof Transformer.Unsupported u) {
            notes.add("transformer not applied: " + u.description());
        }
    }

    private static void applyPath(Transformer.JsonPathValue transformer, ObjectNode answer, TransformContext context,
            List<String> notes) {
        FieldPath path = FieldPath.parse(transformer.path());
        if (path == null) {
            notes.add("jsonpath transformer not applied (unsupported path): " + transformer.path());
            return;
        }
        for (FieldPath.Member member : path.select(answer)) {
            if (!transformer.replaceReference()) {
                member.object().put(member.key(), transformer.replacement());
            } else if (member.value().isTextual()) {
                context.addReference(member.value().textValue(), transformer.replacement());
            }
        }
    }

    private static JsonNode reparse(String text, ObjectNode answer, List<String> notes) {
        JsonNode parsed = parse(text);
        if (parsed == null) {
            notes.add("the text replacements broke the JSON; compared without them");
            return answer;
        }
        return parsed;
    }

    /**
     * LocalStack's {@code sfn_sqs_integration} utility group ran before the case's own transformers and replaced the
     * role's name with a {@code <resource:N>} reference, so the recording kept the role ARN's shape and no later
     * replacement of the role to {@code snf_role_arn} matched it; our placeholder matching covers the reference.
     */
    private boolean namesTheRole() {
        return normalization.transformers().stream().anyMatch(t -> t instanceof Transformer.Unsupported u
                && u.description().contains("'sfn_sqs_integration'"));
    }

    private static boolean replacesRole(Transformer transformer) {
        return transformer instanceof Transformer.Regex r && r.replacement().equals("snf_role_arn");
    }

    private void replaceRole(JsonNode node) {
        if (node instanceof ObjectNode object && object.path("roleArn").asText("").equals(identity.roleArn())) {
            object.put("roleArn", "snf_role_arn");
        }
        node.forEach(this::replaceRole);
    }

    private static @Nullable JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
