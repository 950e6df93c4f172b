package statewise.engine.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import statewise.engine.corpus.SharedCorpus;

/**
 * The material the fuzzer mutates: every definition of the shared corpora (conformance cases, the other validators'
 * cases, the benchmark workflows), the exact texts the language-service cases were validated as, and texts that are
 * edge cases on their own (empty, blank, non-object roots, YAML oddities). Loaded once per test run.
 */
final class FuzzSeeds {

    /** A definition as a tree, named by where it came from, with the length of its compact JSON text. */
    record Definition(String name, JsonNode tree, int size) {
    }

    /** Texts worth parsing as they are, before any mutation. */
    static final List<String> EDGE_TEXTS = List.of(
            "", " ", "\n\n\t  \r\n", "\uFEFF", "\uFEFF{}", "null", "true", "42", "-0", "1e999", "\"text\"",
            "[]", "[{}]", "[null]", "{}", "{\"States\": {}}", "{\"StartAt\": \"A\"}", "{\"States\": []}",
            "123456789012345678901234567890", "{\"StartAt\": \"A\", \"States\": {\"A\": null}}",
            "---", "...", "--- !!str\n", "%YAML 1.2\n---\nStartAt: A\n", "!!binary aGVsbG8=", "? a\n: b\n",
            "a: &x {b: *x}\n", "a: *missing\n", "- &a [*a]\n", "<<: {StartAt: A}\nStates: {}\n",
            "StartAt: A\nStates:\n  A: {Type: Pass, End: true}\n---\nStartAt: B\n", "!custom {StartAt: A}",
            "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"End\": true}}}\u0000",
            "\u0000", "\uD800", "\uDC00{}", "{\"\uD83D\uDE00\": \"\uD83D\uDE00\"}", "\u2028{}\u2029", "\u0085");

    private static List<Definition> definitions;
    private static List<String> recordedTexts;

    private FuzzSeeds() {
    }

    /** Every corpus definition, in a stable order. */
    static synchronized List<Definition> definitions() {
        if (definitions == null) {
            List<Definition> all = new ArrayList<>();
            for (SharedCorpus.Case c : SharedCorpus.conformance()) {
                add(all, "conformance:" + c.id(), c.definition());
            }
            for (SharedCorpus.Case c : SharedCorpus.validation()) {
                add(all, "validation:" + c.id(), c.definition());
            }
            for (Path workflow : SharedCorpus.benchWorkflows()) {
                add(all, "bench:" + workflow.getFileName(), readTree(workflow));
            }
            definitions = List.copyOf(all);
        }
        return definitions;
    }

    /** The texts the language-service cases hold verbatim ({@code source_text}): real hand-written layouts. */
    static synchronized List<String> recordedTexts() {
        if (recordedTexts == null) {
            recordedTexts = SharedCorpus.validation().stream()
                    .map(c -> c.json().path("source_text"))
                    .filter(JsonNode::isTextual)
                    .map(JsonNode::asText)
                    .toList();
        }
        return recordedTexts;
    }

    private static void add(List<Definition> all, String name, JsonNode tree) {
        if (tree != null && !tree.isMissingNode()) {
            all.add(new Definition(name, tree, tree.toString().length()));
        }
    }

    private static JsonNode readTree(Path file) {
        try {
            return SharedCorpus.JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
