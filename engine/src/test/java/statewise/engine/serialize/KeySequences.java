package statewise.engine.serialize;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import statewise.engine.document.DocumentFormat;
import statewise.engine.document.JsonPointer;

/** The key sequence of every object of a text, by JSON Pointer, read independently of the code under test. */
final class KeySequences {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new YAMLMapper();

    private KeySequences() {
    }

    static Map<String, List<String>> of(String text, DocumentFormat format) {
        try {
            return of((format == DocumentFormat.YAML ? YAML : JSON).readTree(text));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, List<String>> of(JsonNode root) {
        Map<String, List<String>> keys = new TreeMap<>();
        collect(root, JsonPointer.ROOT, keys);
        return keys;
    }

    /** The keys of the object at the root, in order. */
    static List<String> top(String text, DocumentFormat format) {
        return of(text, format).get(JsonPointer.ROOT);
    }

    private static void collect(JsonNode node, String pointer, Map<String, List<String>> keys) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                names.add(field.getKey());
                collect(field.getValue(), JsonPointer.child(pointer, field.getKey()), keys);
            }
            keys.put(pointer, names);
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), JsonPointer.child(pointer, i), keys);
            }
        }
    }
}
