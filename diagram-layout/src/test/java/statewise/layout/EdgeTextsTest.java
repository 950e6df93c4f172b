package statewise.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import statewise.engine.document.DocumentFormat;
import statewise.engine.model.State;
import statewise.engine.model.Transition;
import statewise.engine.parse.AslParser;

/** The labels on Choice rule and Catch edges: a short readable summary of the condition, the error names. */
class EdgeTextsTest {

    private static final String FLOW = """
            {"StartAt": "Check", "States": {
              "Check": {"Type": "Choice", "Default": "Done", "Choices": [
                {"Variable": "$.total", "NumericGreaterThan": 1000, "Next": "Done"},
                {"Variable": "$.kind", "StringEquals": "gift", "Next": "Done"},
                {"Variable": "$.limit", "NumericLessThanEqualsPath": "$.max", "Next": "Done"},
                {"And": [{"Variable": "$.a", "IsNull": true}, {"Variable": "$.b", "NumericEquals": 0}],
                 "Next": "Done"},
                {"Not": {"Variable": "$.c", "IsPresent": true}, "Next": "Done"},
                {"Comment": "Large orders", "Variable": "$.n", "NumericGreaterThan": 5, "Next": "Done"},
                {"Variable": "$.customer.address.postcode", "StringMatches": "SW1*", "Next": "Done"}]},
              "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true, "Catch": [
                {"ErrorEquals": ["States.Timeout", "Lambda.ServiceException"], "Next": "Done"}]},
              "Done": {"Type": "Succeed"}
            }}
            """;

    private static final Map<String, State> STATES = AslParser.parse(FLOW, DocumentFormat.JSON).stateMachine()
            .states();

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            0 | $.total > 1000
            1 | $.kind == "gift"
            2 | $.limit <= $.max
            3 | ($.a is null) and ($.b == 0)
            4 | not ($.c is present)
            5 | Large orders
            6 | $.customer.address.postcode…
            """)
    void aChoiceRuleIsSummarisedInOneShortLineAndItsCommentWins(int rule, String label) {
        assertEquals(label, EdgeTexts.of(STATES.get("Check"),
                new Transition("Done", Transition.Kind.CHOICE, rule, "/Choices/" + rule + "/Next")));
    }

    @Test
    void aCatchIsLabelledWithItsErrorNamesAndTheDefaultSaysSo() {
        assertEquals("States.Timeout, Lambda.Serv…", EdgeTexts.of(STATES.get("Charge"),
                new Transition("Done", Transition.Kind.CATCH, 0, "/Catch/0/Next")));
        assertEquals("Default", EdgeTexts.of(STATES.get("Check"),
                new Transition("Done", Transition.Kind.DEFAULT, 0, "/Default")));
        assertNull(EdgeTexts.of(STATES.get("Charge"), new Transition("Done", Transition.Kind.NEXT, 0, "/Next")));
    }
}
