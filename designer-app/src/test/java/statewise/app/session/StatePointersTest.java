package statewise.app.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import statewise.engine.cli.DefinitionFile;
import statewise.engine.document.AslDocument;

class StatePointersTest {

    private static final String FLOW = """
            {"StartAt": "M", "States": {
              "M": {"Type": "Map", "End": true, "ItemProcessor": {"StartAt": "Each", "States": {
                "Each": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true,
                  "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Oops"}]},
                "Oops": {"Type": "Fail"}}}}
            }}
            """;

    private final AslDocument document = DefinitionFile.parse("flow.asl.json", FLOW);

    @Test
    void statesAreListedWithNestedOnesAfterTheirHolder() {
        assertEquals(List.of("/States/M", "/States/M/ItemProcessor/States/Each", "/States/M/ItemProcessor/States/Oops"),
                List.copyOf(StatePointers.of(document).keySet()));
    }

    @Test
    void theEnclosingStateOfAFieldIsTheInnermostState() {
        assertEquals("/States/M/ItemProcessor/States/Each", StatePointers.enclosingState(
                "/States/M/ItemProcessor/States/Each/Catch/0/Next", AslDocument.Kind.STATE_MACHINE));
        assertEquals("/States/M", StatePointers.enclosingState("/States/M/ItemProcessor",
                AslDocument.Kind.STATE_MACHINE));
        assertNull(StatePointers.enclosingState("/StartAt", AslDocument.Kind.STATE_MACHINE));
    }

    @Test
    void theStateAtAnOffsetIsFoundInTheText() {
        int inCatch = FLOW.indexOf("\"Oops\"}]");

        assertEquals("/States/M/ItemProcessor/States/Each", StatePointers.stateAt(document, inCatch));
        assertNull(StatePointers.stateAt(document, 2));
    }

    @Test
    void aStatesGraphIsTheObjectHoldingItsStates() {
        assertEquals("/States/M/ItemProcessor", StatePointers.graphOf("/States/M/ItemProcessor/States/Oops"));
        assertEquals("", StatePointers.graphOf("/States/M"));
    }
}
