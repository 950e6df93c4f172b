package statewise.engine.edit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import statewise.engine.corpus.SharedCorpus;
import statewise.engine.document.AslDocument;
import statewise.engine.document.DocumentFormat;
import statewise.engine.parse.AslParser;
import statewise.engine.serialize.AslSerializer;
import statewise.engine.serialize.KeyOrder;

/**
 * The state machine definitions of the shared corpus (every conformance case and benchmark workflow, without
 * repeats), as pretty-printed JSON the way tools write it, or as YAML written by the serializer; and a smaller
 * sample of them that still holds every shape the whole corpus has.
 */
final class CorpusMachines {

    /** One definition: where it first appears and its JSON text. */
    record Machine(String id, String json) {

        AslDocument document(DocumentFormat format) {
            AslDocument json = AslParser.parse(this.json, DocumentFormat.JSON);
            if (format == DocumentFormat.JSON || json.stateMachine() == null) {
                return json;
            }
            String yaml = AslSerializer.yaml().write(json.stateMachine(), KeyOrder.of(json));
            return AslParser.parse(yaml, DocumentFormat.YAML);
        }
    }

    private static List<Machine> all;
    private static List<Machine> representative;

    private CorpusMachines() {
    }

    static synchronized List<Machine> all() {
        if (all == null) {
            Map<String, Machine> unique = new LinkedHashMap<>();
            for (SharedCorpus.Case c : SharedCorpus.conformance()) {
                add(unique, "conformance/" + c.id(), c.definition());
            }
            for (Path file : SharedCorpus.benchWorkflows()) {
                try {
                    add(unique, "bench/" + file.getFileName(), SharedCorpus.JSON.readTree(file.toFile()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            all = List.copyOf(new ArrayList<>(unique.values()));
        }
        return all;
    }

    /**
     * The benchmark workflows, and each conformance definition that has a shape no earlier one had: a field of a
     * state type (at its place in the state, inside branches and item processors as deep as they go) with a kind
     * of value (a string with a line break, a JSONata expression, characters YAML must quote, an empty object...),
     * a top-level field, or a kind of state name. About half of the corpus holds every such shape of the whole.
     */
    static synchronized List<Machine> representative() {
        if (representative == null) {
            Set<String> covered = new HashSet<>();
            List<Machine> kept = new ArrayList<>();
            for (Machine m : all()) {
                Set<String> shapes = Shapes.of(m.json());
                if (m.id().startsWith("bench/") || !covered.containsAll(shapes)) {
                    kept.add(m);
                    covered.addAll(shapes);
                }
            }
            representative = List.copyOf(kept);
        }
        return representative;
    }

    private static void add(Map<String, Machine> unique, String id, JsonNode definition) {
        if (definition == null || !definition.isObject() || AslParser.looksLikeState(definition)) {
            return;
        }
        try {
            String text = SharedCorpus.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(definition);
            unique.putIfAbsent(text, new Machine(id, text));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
