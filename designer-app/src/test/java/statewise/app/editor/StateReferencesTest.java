package statewise.app.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import statewise.engine.cli.DefinitionFile;
import statewise.engine.document.AslDocument;

class StateReferencesTest {

    private static final String FLOW = """
            {"StartAt": "Check", "States": {
              "Check": {"Type": "Choice", "Choices": [{"Variable": "$.x", "IsPresent": true, "Next": "Done"}],
                "Default": "Fan"},
              "Fan": {"Type": "Parallel", "End": true, "Branches": [{"StartAt": "Done", "States": {
                "Done": {"Type": "Succeed"}}}]},
              "Done": {"Type": "Succeed"}
            }}
            """;

    private final AslDocument document = DefinitionFile.parse("flow.asl.json", FLOW);

    @Test
    void aChoiceRulesNextNamesAStateOfTheSameGraph() {
        assertEquals("/States/Done", StateReferences.targetAt(document, FLOW.indexOf("\"Done\"}]") + 2));
    }

    @Test
    void startAtInABranchNamesTheBranchsState() {
        int inBranchStart = FLOW.indexOf("\"StartAt\": \"Done\"") + 13;

        assertEquals("/States/Fan/Branches/0/States/Done", StateReferences.targetAt(document, inBranchStart));
    }

    @Test
    void defaultAndTheTopStartAtResolve() {
        assertEquals("/States/Fan", StateReferences.targetAt(document, FLOW.indexOf("\"Fan\"}") + 1));
        assertEquals("/States/Check", StateReferences.targetAt(document, FLOW.indexOf("\"Check\"") + 1));
    }

    @Test
    void otherTextRefersToNoState() {
        assertNull(StateReferences.targetAt(document, FLOW.indexOf("$.x")));
        assertNull(StateReferences.targetAt(document, FLOW.indexOf("Choice")));
    }
}
