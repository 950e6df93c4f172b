package statewise.engine.run.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The JSONPaths of the corpus's {@code jsonpath} transformers: {@code $} followed by member steps ({@code .name})
 * and descendant steps ({@code ..name}), e.g. {@code $..events..stateExitedEventDetails.output.FunctionResult}.
 * Selects members, so that they can be replaced in place.
 */
final class FieldPath {

    /** One selected member: {@code object.get(key)}. */
    record Member(ObjectNode object, String key) {

        JsonNode value() {
            return object.get(key);
        }
    }

    private record Step(String name, boolean descendant) {
    }

    private static final Pattern STEP = Pattern.compile("(\\.\\.?)([^.\\[\\]]+)");

    private final List<Step> steps;

    private FieldPath(List<Step> steps) {
        this.steps = steps;
    }

    /** The path, or null when it uses more than member and descendant steps. */
    static @Nullable FieldPath parse(String path) {
        if (!path.startsWith("$") || path.length() == 1) {
            return null;
        }
        Matcher m = STEP.matcher(path);
        List<Step> steps = new ArrayList<>();
        int at = 1;
        while (at < path.length()) {
            if (!m.find(at) || m.start() != at) {
                return null;
            }
            steps.add(new Step(m.group(2), m.group(1).length() == 2));
            at = m.end();
        }
        return new FieldPath(steps);
    }

    /** The members selected in {@code root}, in document order. */
    List<Member> select(JsonNode root) {
        List<JsonNode> current = List.of(root);
        List<Member> selected = List.of();
        for (Step step : steps) {
            selected = new ArrayList<>();
            for (JsonNode node : current) {
                if (step.descendant()) {
                    descendants(node, step.name(), selected);
                } else if (node instanceof ObjectNode object && object.has(step.name())) {
                    selected.add(new Member(object, step.name()));
                }
            }
            current = selected.stream().map(Member::value).toList();
        }
        return selected;
    }

    private static void descendants(JsonNode node, String name, List<Member> into) {
        if (node instanceof ObjectNode object && object.has(name)) {
            into.add(new Member(object, name));
        }
        for (JsonNode child : node) {
            descendants(child, name, into);
        }
    }
}
