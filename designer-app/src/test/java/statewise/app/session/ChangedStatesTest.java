package statewise.app.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import statewise.engine.cli.DefinitionFile;
import statewise.engine.document.AslDocument;
import statewise.engine.model.State;

class ChangedStatesTest {

    private static final String FLOW = """
            {"StartAt": "A", "States": {
              "A": {"Type": "Pass", "Next": "P"},
              "P": {"Type": "Parallel", "End": true, "Branches": [
                {"StartAt": "X", "States": {"X": {"Type": "Pass", "End": true}}}]}
            }}
            """;

    @Test
    void aChangedNestedStateAlsoChangesItsParallel() {
        Set<String> changed = ChangedStates.between(parse(FLOW), parse(FLOW.replace(
                "\"X\": {\"Type\": \"Pass\", \"End\": true}", "\"X\": {\"Type\": \"Succeed\"}")));

        assertEquals(Set.of("/States/P", "/States/P/Branches/0/States/X"), changed);
    }

    @Test
    void addedAndRemovedStatesAreNamed() {
        String renamed = FLOW.replace("\"A\": {", "\"A2\": {").replace("\"StartAt\": \"A\"", "\"StartAt\": \"A2\"");

        assertEquals(Set.of("/States/A", "/States/A2", ChangedStates.START_AT),
                ChangedStates.between(parse(FLOW), parse(renamed)));
    }

    @Test
    void reformattingChangesNothing() {
        assertEquals(Set.of(), ChangedStates.between(parse(FLOW), parse(FLOW.replace("\n", "\n  "))));
    }

    @Test
    void aChangeOfTheQueryLanguageConcernsEveryState() {
        String jsonata = FLOW.replace("{\"StartAt\"", "{\"QueryLanguage\": \"JSONata\", \"StartAt\"");

        assertEquals(Set.of(""), ChangedStates.between(parse(FLOW), parse(jsonata)));
    }

    @Test
    void aChangeOfTheMachineCommentNamesOnlyTheCommentAndTouchesNoState() {
        String commented = FLOW.replaceFirst("\\{\"StartAt\"", "{\"Comment\": \"one\", \"StartAt\"");
        String retyped = commented.replace("\"one\"", "\"one more\"");

        Set<String> changed = ChangedStates.between(parse(commented), parse(retyped));

        assertEquals(Set.of("/Comment"), changed);
        assertFalse(ChangedStates.touchesStates(changed));
    }

    @Test
    void aChangedStateTheStartOrEverythingTouchesStates() {
        assertTrue(ChangedStates.touchesStates(Set.of("/Version", "/States/P/Branches/0/States/X")));
        assertTrue(ChangedStates.touchesStates(Set.of(ChangedStates.START_AT)));
        assertTrue(ChangedStates.touchesStates(Set.of("")));
        assertFalse(ChangedStates.touchesStates(Set.of("/TimeoutSeconds", "/Version")));
    }

    @Test
    void namesExactlyTheStatesWhosePointersHoldUnequalStates() {
        String map = FLOW.replace("\"Type\": \"Parallel\", \"End\": true, \"Branches\": [",
                "\"Type\": \"Map\", \"End\": true, \"ItemProcessor\": ").replace("}}}]}", "}}}}");
        String twoBranches = FLOW.replace("}}}]}",
                "}}}, {\"StartAt\": \"Y\", \"States\": {\"Y\": {\"Type\": \"Succeed\"}}}]}");
        List<String> texts = List.of(FLOW, map, map.replace("ItemProcessor", "Iterator"), twoBranches,
                twoBranches.replace("\"Y\": {\"Type\": \"Succeed\"}", "\"Y\": {\"Type\": \"Fail\"}"),
                FLOW.replace("\"A\": {\"Type\": \"Pass\", \"Next\": \"P\"},", ""),
                "{\"Type\": \"Parallel\", \"End\": true, \"Branches\": [{\"StartAt\": \"X\","
                        + " \"States\": {\"X\": {\"Type\": \"Pass\", \"End\": true}}}]}",
                "{\"Type\": \"Parallel\", \"End\": true, \"Branches\": []}");
        for (String before : texts) {
            for (String after : texts) {
                assertEquals(everyUnequalPointer(parse(before), parse(after)),
                        ChangedStates.between(parse(before), parse(after)), before + "\n->\n" + after);
            }
        }
    }

    /** What {@link ChangedStates#between} names, found by comparing the states at every pointer of either. */
    private static Set<String> everyUnequalPointer(AslDocument before, AslDocument after) {
        if (before.kind() != after.kind()) {
            return Set.of("");
        }
        Map<String, State> old = StatePointers.of(before);
        Map<String, State> now = StatePointers.of(after);
        Set<String> changed = new HashSet<>();
        old.forEach((pointer, state) -> {
            if (!state.equals(now.get(pointer))) {
                changed.add(pointer);
            }
        });
        now.keySet().stream().filter(pointer -> !old.containsKey(pointer)).forEach(changed::add);
        return changed;
    }

    private static AslDocument parse(String text) {
        return DefinitionFile.parse("flow.asl.json", text);
    }
}
