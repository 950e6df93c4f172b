package statewise.engine.serialize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import statewise.engine.document.AslDocument;
import statewise.engine.document.DocumentFormat;
import statewise.engine.document.JsonPointer;
import statewise.engine.model.StateMachine;
import statewise.engine.parse.AslParser;

/**
 * {@link KeyOrder#of(AslDocument, int, java.util.Collection)}, the key order of the top level and a few named
 * states as an edit's trees ask for it, against the full order of the document narrowed to them, over the shared
 * corpus in JSON and YAML.
 */
class KeyOrderSubtreesTest {

    @Test
    void namedSubtreesGiveTheFullOrderNarrowedToThem() {
        int compared = 0;
        for (CorpusDefinitions.Definition definition : CorpusDefinitions.all()) {
            AslDocument json = definition.parse();
            StateMachine machine = json.stateMachine();
            if (machine == null || json.hasSyntaxErrors()) {
                continue;
            }
            AslDocument yaml = AslParser.parse(AslSerializer.yaml().write(machine, KeyOrder.of(json)),
                    DocumentFormat.YAML);
            for (AslDocument document : List.of(json, yaml)) {
                List<String> names = new ArrayList<>(machine.states().keySet());
                Set<String> written = new LinkedHashSet<>();
                for (int i = 0; i < names.size(); i += 3) {
                    written.add(JsonPointer.child("/States", names.get(i)));
                }
                written.add(JsonPointer.child("/States", "not/a ~state"));
                compared += compare(definition.id(), document, written);
            }
        }
        assertFalse(compared == 0);
    }

    @Test
    void aRepeatedKeyAndAnEscapedNameAreOrderedAlike() {
        String text = "{\"StartAt\": \"a/b\", \"States\": {\"a/b\": {\"Type\": \"Pass\", \"End\": true},"
                + " \"c~d\": {\"End\": true, \"Type\": \"Pass\", \"Comment\": \"x\"},"
                + " \"c~d\": {\"Type\": \"Succeed\", \"Comment\": \"y\"}}, \"Comment\": \"z\"}";
        AslDocument document = AslParser.parse(text, DocumentFormat.JSON);

        assertFalse(compare("repeated", document, Set.of("/States/a~1b", "/States/c~0d")) == 0);
    }

    /**
     * Compares, at every pointer, the order of the top level and the named states with the full order narrowed to
     * them: an object among them keeps its keys whose members are among them; every other pointer has none.
     */
    private static int compare(String id, AslDocument document, Set<String> written) {
        KeyOrder full = KeyOrder.of(document);
        KeyOrder named = KeyOrder.of(document, 1, written);
        int objects = 0;
        Set<String> pointers = new LinkedHashSet<>(document.sourceMap().pointers());
        pointers.addAll(written);
        for (String pointer : pointers) {
            List<String> keys = full.keys(pointer);
            List<String> expected = keys == null || !among(pointer, written) ? null : keys.stream()
                    .filter(key -> among(JsonPointer.child(pointer, key), written)).toList();
            assertEquals(expected, named.keys(pointer), id + " at " + pointer);
            if (expected != null) {
                objects++;
            }
        }
        return objects;
    }

    /** True for the root, its members, and what lies within one of the named subtrees. */
    private static boolean among(String pointer, Set<String> written) {
        return pointer.indexOf('/', 1) < 0
                || written.stream().anyMatch(w -> pointer.equals(w) || pointer.startsWith(w + "/"));
    }
}
