package statewise.layout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import statewise.engine.document.AslDocument;
import statewise.engine.document.DocumentFormat;
import statewise.engine.parse.AslParser;

/**
 * The small edits the stability test makes to a definition's top level, as a user would in the designer: add a
 * state after another (on the edge out of the first state with a {@code Next}, and out of the last one), remove one
 * (the first or the last state with a {@code Next}; its predecessors then lead to its successor), rename one,
 * reconnect one. Each names the states it touched, whose movement does not count.
 */
final class CorpusEdits {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * An edited definition and the pointers of the states the edit touched (before or after it).
     *
     * @param around for an added state: its predecessor, itself and its successor; for a removed one: itself and
     *               its successor; else empty
     */
    record Edited(String kind, AslDocument document, Set<String> touched, List<String> around) {
    }

    private CorpusEdits() {
    }

    /** The four edits of a definition, skipping those its shape does not allow. */
    static List<Edited> of(String definitionJson) {
        List<Edited> out = new ArrayList<>();
        ObjectNode root = parse(definitionJson);
        List<String> withNext = new ArrayList<>();
        root.path("States").fields().forEachRemaining(e -> {
            if (e.getValue().path("Next").isTextual()) {
                withNext.add(e.getKey());
            }
        });
        if (withNext.isEmpty() || root.path("States").size() < 2) {
            return out;
        }
        String first = withNext.get(0);
        String last = withNext.get(withNext.size() - 1);
        out.add(add(parse(definitionJson), first, "add"));
        out.add(add(parse(definitionJson), last, "insert-last"));
        out.add(remove(parse(definitionJson), last, "remove"));
        out.add(remove(parse(definitionJson), first, "remove-first"));
        out.add(rename(parse(definitionJson), first));
        reconnect(parse(definitionJson), first).ifPresent(out::add);
        return out;
    }

    /** {@code after} now leads to a new Pass state, which leads where {@code after} led. */
    static Edited add(ObjectNode root, String after, String kind) {
        ObjectNode states = (ObjectNode) root.get("States");
        String next = states.get(after).get("Next").asText();
        String name = "Added";
        while (states.has(name)) {
            name += "X";
        }
        ((ObjectNode) states.get(after)).put("Next", name);
        states.putObject(name).put("Type", "Pass").put("Next", next);
        return edited(kind, root, Set.of(pointer(name), pointer(after)),
                List.of(pointer(after), pointer(name), pointer(next)));
    }

    /** {@code name} is gone; whatever led to it leads to its successor. */
    static Edited remove(ObjectNode root, String name, String kind) {
        ObjectNode states = (ObjectNode) root.get("States");
        String next = states.get(name).get("Next").asText();
        states.remove(name);
        retarget(root, name, next);
        return edited(kind, root, Set.of(pointer(name)), List.of(pointer(name), pointer(next)));
    }

    /** {@code name} is now called {@code name + "Renamed"}, and every reference follows. */
    static Edited rename(ObjectNode root, String name) {
        ObjectNode states = (ObjectNode) root.get("States");
        String renamed = name + "Renamed";
        Map<String, JsonNode> copy = new LinkedHashMap<>();
        states.fields().forEachRemaining(e -> copy.put(e.getKey().equals(name) ? renamed : e.getKey(), e.getValue()));
        states.removeAll();
        copy.forEach(states::set);
        retarget(root, name, renamed);
        return edited("rename", root, Set.of(pointer(name), pointer(renamed)), List.of());
    }

    /** {@code name} now leads to the last state in document order instead of its successor. */
    static Optional<Edited> reconnect(ObjectNode root, String name) {
        ObjectNode states = (ObjectNode) root.get("States");
        String next = states.get(name).get("Next").asText();
        List<String> names = new ArrayList<>();
        states.fieldNames().forEachRemaining(names::add);
        for (int k = names.size() - 1; k >= 0; k--) {
            String target = names.get(k);
            if (!target.equals(name) && !target.equals(next)) {
                ((ObjectNode) states.get(name)).put("Next", target);
                return Optional.of(edited("reconnect", root, Set.of(pointer(name)), List.of()));
            }
        }
        return Optional.empty();
    }

    /** Points each top-level reference to {@code from} (StartAt, Next, Default, rules, catchers) at {@code to}. */
    private static void retarget(ObjectNode root, String from, String to) {
        if (from.equals(root.path("StartAt").asText(null))) {
            root.put("StartAt", to);
        }
        for (Iterator<JsonNode> it = root.get("States").elements(); it.hasNext(); ) {
            JsonNode state = it.next();
            retargetField(state, "Next", from, to);
            retargetField(state, "Default", from, to);
            for (String list : List.of("Choices", "Catch")) {
                state.path(list).forEach(rule -> retargetField(rule, "Next", from, to));
            }
        }
    }

    private static void retargetField(JsonNode node, String field, String from, String to) {
        if (node instanceof ObjectNode object && from.equals(node.path(field).asText(null))) {
            object.set(field, TextNode.valueOf(to));
        }
    }

    private static Edited edited(String kind, ObjectNode root, Set<String> touched, List<String> around) {
        return new Edited(kind, AslParser.parse(root.toString(), DocumentFormat.JSON), touched, around);
    }

    static String pointer(String name) {
        return DiagramGraphs.statePointer("", name);
    }

    private static ObjectNode parse(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
