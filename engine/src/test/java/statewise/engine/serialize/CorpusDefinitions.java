package statewise.engine.serialize;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import statewise.engine.corpus.SharedCorpus;
import statewise.engine.document.AslDocument;
import statewise.engine.document.DocumentFormat;
import statewise.engine.parse.AslParser;

/**
 * Every definition of the shared corpus (conformance cases of all kinds, the validators' cases, the benchmark
 * workflows), as pretty-printed JSON text the way tools commonly write it, ready to parse.
 */
final class CorpusDefinitions {

    /** One definition: where it comes from, its text, and whether its top level is a single state. */
    record Definition(String id, String text, boolean singleState) {

        AslDocument parse() {
            return read(text, DocumentFormat.JSON, singleState);
        }
    }

    private static List<Definition> all;

    private CorpusDefinitions() {
    }

    static synchronized List<Definition> all() {
        if (all == null) {
            List<Definition> list = new ArrayList<>();
            addCases(list, "conformance/", SharedCorpus.conformance());
            addCases(list, "validation/", SharedCorpus.validation());
            for (Path file : SharedCorpus.benchWorkflows()) {
                try {
                    list.add(definition("bench/" + file.getFileName(), SharedCorpus.JSON.readTree(file.toFile())));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            all = List.copyOf(list);
        }
        return all;
    }

    static AslDocument read(String text, DocumentFormat format, boolean singleState) {
        return singleState ? AslParser.parseState(text, format) : AslParser.parse(text, format);
    }

    /** The document's model, a state machine or a single state, written by {@code serializer}. */
    static String write(AslSerializer serializer, AslDocument document, KeyOrder order) {
        return document.kind() == AslDocument.Kind.STATE
                ? serializer.write(Objects.requireNonNull(document.state()), order)
                : serializer.write(Objects.requireNonNull(document.stateMachine()), order);
    }

    private static void addCases(List<Definition> list, String prefix, List<SharedCorpus.Case> cases) {
        for (SharedCorpus.Case c : cases) {
            JsonNode definition = c.definition();
            if (definition != null && !definition.isNull()) {
                list.add(definition(prefix + c.id(), definition));
            }
        }
    }

    private static Definition definition(String id, JsonNode tree) {
        try {
            String text = SharedCorpus.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
            return new Definition(id, text, AslParser.looksLikeState(tree));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
