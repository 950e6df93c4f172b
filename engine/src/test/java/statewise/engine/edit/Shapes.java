package statewise.engine.edit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import statewise.engine.corpus.SharedCorpus;

/**
 * The shapes of a definition that an edit or its text patch may treat differently: each field of each state type,
 * at its place in the state and the nesting of graphs, with the kind of its value; the top-level fields; and the
 * kinds of state names. Two definitions with the same shapes differ only in names and values of the same kinds.
 */
final class Shapes {

    private static final String YAML_SPECIAL = ":#\"'{}[],&*!|>%@`";

    private Shapes() {
    }

    static Set<String> of(String json) {
        JsonNode root;
        try {
            root = SharedCorpus.JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> out = new HashSet<>();
        root.fieldNames().forEachRemaining(name -> out.add("top:" + name));
        graph(root, "", out);
        return out;
    }

    private static void graph(JsonNode graph, String prefix, Set<String> out) {
        for (Iterator<Map.Entry<String, JsonNode>> it = graph.path("States").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode state = e.getValue();
            String type = prefix + state.path("Type").asText("?");
            out.add("name:" + kind(TextNode.valueOf(e.getKey())));
            fields(state, type, out);
            for (JsonNode branch : state.path("Branches")) {
                graph(branch, type + ">", out);
            }
            for (String processor : new String[] {"ItemProcessor", "Iterator"}) {
                if (state.path(processor).isObject()) {
                    graph(state.get(processor), type + ">", out);
                }
            }
        }
    }

    private static void fields(JsonNode node, String path, Set<String> out) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String field = path + "/" + e.getKey();
                out.add(field + ":" + kind(e.getValue()));
                if (!e.getKey().equals("States")) {
                    fields(e.getValue(), field, out);
                }
            }
        } else if (node.isArray()) {
            node.forEach(element -> fields(element, path + "/[]", out));
        }
    }

    private static String kind(JsonNode value) {
        if (value.isTextual()) {
            String text = value.asText();
            StringBuilder kind = new StringBuilder("string");
            kind.append(text.isEmpty() ? " empty" : "").append(text.contains("\n") ? " multiline" : "")
                    .append(text.startsWith("{%") ? " jsonata" : "").append(text.contains("$") ? " dollar" : "")
                    .append(text.chars().anyMatch(c -> YAML_SPECIAL.indexOf(c) >= 0) ? " special" : "")
                    .append(text.chars().anyMatch(c -> c > 127) ? " unicode" : "");
            return kind.toString();
        }
        if (value.isContainerNode()) {
            return value.getNodeType() + (value.isEmpty() ? " empty" : "");
        }
        return value.getNodeType() + (value.isFloatingPointNumber() ? " fraction" : "");
    }
}
