package statewise.app.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import statewise.engine.document.AslDocument;
import statewise.engine.document.DocumentFormat;
import statewise.engine.parse.AslParser;
import statewise.engine.validate.Validator;

class FormRefreshTest {

    private static final String MACHINE = """
            {
              "Comment": "Charges the card",
              "StartAt": "Charge",
              "States": {
                "Charge": {
                  "Type": "Task",
                  "Comment": "calls the card API",
                  "Resource": "arn:aws:states:::lambda:invoke",
                  "Retry": [{"ErrorEquals": ["States.ALL"], "MaxAttempts": 2}],
                  "Next": "Done"
                },
                "Done": {"Type": "Succeed"}
              }
            }
            """;

    private static InspectedState charge(String text) {
        AslDocument document = AslParser.parse(text, DocumentFormat.JSON);
        InspectedState state = InspectedState.of(document, Validator.validate(document), "/States/Charge");
        assertNotNull(state);
        return state;
    }

    private static @Nullable InspectedMachine machine(String text) {
        AslDocument document = AslParser.parse(text, DocumentFormat.JSON);
        return InspectedMachine.of(document, Validator.validate(document));
    }

    private static List<String> fields(@Nullable List<FieldSpec> specs) {
        assertNotNull(specs);
        return specs.stream().map(FieldSpec::field).toList();
    }

    @Test
    void typingInAStatesCommentChangesOnlyItsCommentField() {
        List<FieldSpec> changed = FormRefresh.between(charge(MACHINE),
                charge(MACHINE.replace("calls the card API", "calls the card API twice")));

        assertEquals(List.of("/Comment"), fields(changed));
    }

    @Test
    void findingsThatOnlyMovedWithTheTextChangeNothing() {
        String broken = MACHINE.replace("\"Next\": \"Done\"", "\"Next\": \"Nowhere\"");
        String moved = broken.replace("\"Charges the card\"", "\"Charges the card, then ends\"");

        assertEquals(List.of(), fields(FormRefresh.between(charge(broken), charge(moved))));
    }

    @Test
    void aChangeTheFormShowsInItsOwnWayBuildsTheFormAgain() {
        assertNull(FormRefresh.between(charge(MACHINE), charge(MACHINE.replace("\"MaxAttempts\": 2",
                "\"MaxAttempts\": 3"))));
        assertNull(FormRefresh.between(charge(MACHINE), charge(MACHINE.replace("\"Type\": \"Task\"",
                "\"Type\": \"Pass\""))));
    }

    @Test
    void typingInTheWorkflowCommentChangesOnlyTheWorkflowCommentField() {
        InspectedMachine before = machine(MACHINE);
        InspectedMachine after = machine(MACHINE.replace("Charges the card", "Charges the card once"));
        assertNotNull(before);
        assertNotNull(after);

        assertEquals(List.of("/Comment"), fields(FormRefresh.between(before, after)));
    }
}
