package statewise.engine.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import statewise.engine.document.AslDocument;
import statewise.engine.document.Diagnostic;
import statewise.engine.document.DocumentFormat;
import statewise.engine.model.StateMachine;
import statewise.engine.parse.AslParser;
import statewise.engine.validate.Validator;

/**
 * Documents to edit in tests, and the checks every edit test makes: the edit is allowed, its result reads as the
 * edited model, its text edits give its text, and undo (the old model patched back) and redo give back equal
 * documents.
 */
final class EditFixture {

    /**
     * An order workflow in the style tools write: a Choice with a nested rule, a Task with a catcher, a Pass, a
     * Succeed and a Fail. It validates without errors.
     */
    static final String ORDERS = """
            {
              "Comment": "Orders",
              "StartAt": "Check",
              "States": {
                "Check": {
                  "Type": "Choice",
                  "Choices": [
                    {
                      "And": [
                        {"Variable": "$.paid", "IsPresent": true},
                        {"Variable": "$.total", "NumericGreaterThan": 0}
                      ],
                      "Next": "Charge"
                    },
                    {"Variable": "$.blocked", "BooleanEquals": true, "Next": "Reject"}
                  ],
                  "Default": "Charge"
                },
                "Charge": {
                  "Type": "Task",
                  "Resource": "arn:aws:states:::lambda:invoke",
                  "Parameters": {"FunctionName": "charge", "Payload.$": "$"},
                  "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Reject"}],
                  "Next": "Ship"
                },
                "Ship": {"Type": "Pass", "Next": "Done"},
                "Done": {"Type": "Succeed"},
                "Reject": {"Type": "Fail", "Error": "Rejected"}
              }
            }
            """;

    /** A Parallel state with two branches between a Pass and a Succeed. It validates without errors. */
    static final String FAN_OUT = """
            {
              "StartAt": "Prepare",
              "States": {
                "Prepare": {"Type": "Pass", "Next": "Fan out"},
                "Fan out": {
                  "Type": "Parallel",
                  "Branches": [
                    {"StartAt": "Left", "States": {"Left": {"Type": "Pass", "Next": "Left done"},
                      "Left done": {"Type": "Pass", "End": true}}},
                    {"StartAt": "Right", "States": {"Right": {"Type": "Pass", "End": true}}}
                  ],
                  "Next": "Finished"
                },
                "Finished": {"Type": "Succeed"}
              }
            }
            """;

    /** The first branch of {@link #FAN_OUT}. */
    static final String LEFT_BRANCH = "/States/Fan out/Branches/0";

    private EditFixture() {
    }

    static AslDocument json(String text) {
        AslDocument document = AslParser.parse(text, DocumentFormat.JSON);
        assertThat(document.hasSyntaxErrors()).as("the fixture parses").isFalse();
        return document;
    }

    static AslDocument yaml(String text) {
        AslDocument document = AslParser.parse(text, DocumentFormat.YAML);
        assertThat(document.hasSyntaxErrors()).as("the fixture parses").isFalse();
        return document;
    }

    static StateMachine model(AslDocument document) {
        assertThat(document.stateMachine()).isNotNull();
        return document.stateMachine();
    }

    /**
     * Applies an allowed edit and checks what every edit must do: the result is patched in place, reads as the
     * edit's model, and its text edits give its text; undo (the old model patched back onto the new text) gives a
     * document equal to the old one, and redo one equal to the result.
     */
    static EditResult apply(AslDocument document, Edit edit) {
        assertThat(EditRules.check(document, edit).isAllowed()).as("%s is allowed: %s", edit.label(),
                EditRules.check(document, edit)).isTrue();
        EditResult result = DocumentEdits.apply(document, edit);
        assertThat(result.fallback()).as("patched in place").isNull();
        assertThat(result.label()).isEqualTo(edit.label());
        assertThat(result.model()).isEqualTo(edit.apply(model(document)));
        assertThat(result.document().stateMachine()).as("the new text reads as the edited model")
                .isEqualTo(result.model());
        assertThat(DocumentEdits.applyTo(document.text(), result.textEdits())).isEqualTo(result.text());
        EditResult undo = undo(document, result);
        assertThat(undo.fallback()).as("undo patched in place").isNull();
        assertThat(undo.document().stateMachine()).as("undo gives the old model").isEqualTo(model(document));
        EditResult redo = DocumentEdits.patch(undo.document(), result.model(), "Redo " + edit.label());
        assertThat(redo.document().stateMachine()).as("redo gives the edited model").isEqualTo(result.model());
        return result;
    }

    /** The old model patched back onto the result's text, as undo through the text would do it. */
    static EditResult undo(AslDocument before, EditResult result) {
        return DocumentEdits.patch(result.document(), model(before), "Undo " + result.label());
    }

    /** Checks that undoing the edit gives back the old text byte for byte (edits that changed no member's shape). */
    static void assertUndoneToSameText(AslDocument before, EditResult result) {
        assertThat(undo(before, result).text()).isEqualTo(before.text());
    }

    /** The reason the rules give for refusing {@code edit}; fails when it is allowed. */
    static String denial(AslDocument document, Edit edit) {
        Verdict verdict = EditRules.check(document, edit);
        assertThat(verdict).as(edit.label()).isInstanceOf(Verdict.Denied.class);
        return ((Verdict.Denied) verdict).reason();
    }

    /** The validator's errors, as "code at pointer". */
    static List<String> errors(AslDocument document) {
        return Validator.validate(document).stream().filter(Diagnostic::isError)
                .map(d -> d.code() + " at " + d.pointer()).toList();
    }
}
