package statewise.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import statewise.engine.document.AslDocument;
import statewise.engine.model.State;
import statewise.engine.parse.AslParser;
import statewise.engine.document.DocumentFormat;

class StateSummaryTest {

    private static Map<String, State> states(String json) {
        AslDocument document = AslParser.parse(json, DocumentFormat.JSON);
        return document.stateMachine().states();
    }

    @Test
    void aTaskShowsItsCommentResourceRetriesCatchersAndNext() {
        State task = states("""
                {"StartAt": "Pay", "States": {
                  "Pay": {"Type": "Task", "Comment": "Charges the card.", "Resource": "arn:aws:states:::lambda:invoke",
                    "Retry": [{"ErrorEquals": ["States.ALL"]}],
                    "Catch": [{"ErrorEquals": ["States.Timeout", "Card.Declined"], "Next": "Fail"}],
                    "Next": "Fail"},
                  "Fail": {"Type": "Fail", "Error": "Payment.Failed", "Cause": "No money"}}}
                """).get("Pay");

        assertEquals(List.of("Pay · Task", "Charges the card.", "Resource: arn:aws:states:::lambda:invoke",
                "Retry: 1 rule", "Catch: States.Timeout, Card.Declined → Fail", "Next: Fail"),
                StateSummary.of("Pay", task));
    }

    @Test
    void aChoiceCountsItsRulesAndNamesItsDefault() {
        Map<String, State> states = states("""
                {"StartAt": "C", "States": {
                  "C": {"Type": "Choice", "Choices": [{"Variable": "$.x", "NumericLessThan": 10, "Next": "W"}],
                    "Default": "F"},
                  "W": {"Type": "Wait", "Seconds": 5, "End": true},
                  "F": {"Type": "Fail", "Error": "Too.Big"}}}
                """);

        assertEquals(List.of("C · Choice", "Rules: 1, Default: F"), StateSummary.of("C", states.get("C")));
        assertEquals(List.of("W · Wait", "Seconds: 5", "Ends the flow"), StateSummary.of("W", states.get("W")));
        assertEquals(List.of("F · Fail", "Error: Too.Big"), StateSummary.of("F", states.get("F")));
    }
}
