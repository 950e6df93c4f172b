package statewise.app.debug.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class BreakpointLinesTest {

    private static final String FLOW = """
            {
              "StartAt": "First",
              "States": {
                "First": {
                  "Type": "Pass",
                  "Next": "Each"
                },
                "Each": {
                  "Type": "Map",
                  "ItemProcessor": {
                    "StartAt": "Work",
                    "States": {
                      "Work": {"Type": "Pass", "End": true}
                    }
                  },
                  "End": true
                }
              }
            }""";

    private final BreakpointLines lines = BreakpointLines.of(Runs.parse(FLOW));

    @Test
    void eachStateIsMarkedOnTheLineOfItsName() {
        assertEquals(3, lines.lineOf("/States/First"));
        assertEquals(7, lines.lineOf("/States/Each"));
        assertEquals(12, lines.lineOf("/States/Each/ItemProcessor/States/Work"));
        assertEquals(-1, lines.lineOf("/States/Missing"));
    }

    @Test
    void clickOnAStateLineOrInsideItsBodyMeansThatState() {
        assertEquals("/States/First", lines.stateAt(3));
        assertEquals("/States/First", lines.stateAt(5));
        assertEquals("/States/Each/ItemProcessor/States/Work", lines.stateAt(12));
        assertEquals("/States/Each", lines.stateAt(15));
    }

    @Test
    void clickOutsideEveryStateMeansNone() {
        assertNull(lines.stateAt(1));
        assertNull(lines.stateAt(99));
    }
}
