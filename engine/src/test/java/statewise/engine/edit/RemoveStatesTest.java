package statewise.engine.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static statewise.engine.edit.EditFixture.FAN_OUT;
import static statewise.engine.edit.EditFixture.LEFT_BRANCH;
import static statewise.engine.edit.EditFixture.ORDERS;
import static statewise.engine.edit.EditFixture.apply;
import static statewise.engine.edit.EditFixture.denial;
import static statewise.engine.edit.EditFixture.errors;
import static statewise.engine.edit.EditFixture.json;
import static statewise.engine.edit.EditFixture.yaml;

import java.util.List;
import org.junit.jupiter.api.Test;
import statewise.engine.document.AslDocument;
import statewise.engine.model.ChoiceState;
import statewise.engine.model.StateMachine;
import statewise.engine.model.TaskState;

class RemoveStatesTest {

    private static final String CHAIN = """
            {
              "StartAt": "A",
              "States": {
                "A": {"Type": "Pass", "Next": "B"},
                "B": {"Type": "Pass", "Next": "C"},
                "C": {"Type": "Pass", "Next": "D"},
                "D": {"Type": "Succeed"}
              }
            }
            """;

    @Test
    void removeStatesReconnectsALinearFlow() {
        EditResult result = apply(json(CHAIN), RemoveStates.of(StateRef.top("B")));
        assertThat(result.model().states().get("A").next()).isEqualTo("C");
        assertThat(result.text()).isEqualTo("""
                {
                  "StartAt": "A",
                  "States": {
                    "A": {"Type": "Pass", "Next": "C"},
                    "C": {"Type": "Pass", "Next": "D"},
                    "D": {"Type": "Succeed"}
                  }
                }
                """);
        assertThat(result.removed()).contains("/States/B");
    }

    @Test
    void removeStatesReconnectsThroughARunOfRemovedStates() {
        StateMachine after = apply(json(CHAIN), new RemoveStates("", List.of("C", "B"))).model();
        assertThat(after.states().keySet()).containsExactly("A", "D");
        assertThat(after.states().get("A").next()).isEqualTo("D");
    }

    @Test
    void removeStatesMovesStartAtToTheNextState() {
        EditResult result = apply(json(CHAIN), RemoveStates.of(StateRef.top("A")));
        assertThat(result.model().startAt()).isEqualTo("B");
        assertThat(errors(result.document())).isEmpty();
    }

    @Test
    void removeStatesDropsRulesAndCatchersToAStateThatEndedTheFlow() {
        AslDocument document = json(ORDERS.replace("\"Default\": \"Charge\"", "\"Default\": \"Ship\""));
        EditResult result = apply(document, RemoveStates.of(StateRef.top("Reject")));
        ChoiceState check = (ChoiceState) result.model().states().get("Check");
        assertThat(check.choices()).hasSize(1);
        assertThat(((TaskState) result.model().states().get("Charge")).catchers()).isNullOrEmpty();
        assertThat(errors(result.document())).isEmpty();
    }

    @Test
    void removeStatesEndsTheFlowWhereTheRemovedStateEnded() {
        String text = """
                StartAt: Work
                States:
                  Work:
                    Type: Pass
                    Next: Tidy   # then tidy up
                  Tidy:
                    Type: Pass
                    End: true
                """;
        EditResult result = apply(yaml(text), RemoveStates.of(StateRef.top("Tidy")));
        assertThat(result.model().states().get("Work").end()).isTrue();
        assertThat(result.text()).startsWith("StartAt: Work\nStates:\n  Work:\n    Type: Pass\n");
        assertThat(errors(result.document())).isEmpty();
    }

    @Test
    void removeStatesInsideABranch() {
        EditResult result = apply(json(FAN_OUT), RemoveStates.of(new StateRef(LEFT_BRANCH, "Left done")));
        assertThat(result.removed()).contains(LEFT_BRANCH + "/States/Left done");
        assertThat(Graphs.require(result.model(), LEFT_BRANCH).states().get("Left").end()).isTrue();
        assertThat(errors(result.document())).isEmpty();
    }

    @Test
    void removeStatesRefusesToEmptyAGraph() {
        assertThat(denial(json(CHAIN), new RemoveStates("", List.of("A", "B", "C", "D"))))
                .isEqualTo("A state machine needs at least one state.");
        assertThat(denial(json(FAN_OUT), new RemoveStates("/States/Fan out/Branches/1", List.of("Right"))))
                .isEqualTo("A branch or item processor needs at least one state.");
    }

    @Test
    void removeStatesRefusesAStartThatDoesNotGoOnToOneState() {
        assertThat(denial(json(ORDERS), RemoveStates.of(StateRef.top("Check"))))
                .startsWith("'Check' is where the flow starts");
    }

    @Test
    void removeStatesRefusesToLeaveTheTargetsOfARemovedChoiceUnreached() {
        String text = """
                {"StartAt": "Load", "States": {
                  "Load": {"Type": "Pass", "Next": "Route"},
                  "Route": {"Type": "Choice", "Choices": [{"Variable": "$.fast", "BooleanEquals": true,
                    "Next": "Fast"}], "Default": "Slow"},
                  "Fast": {"Type": "Succeed"},
                  "Slow": {"Type": "Succeed"}}}
                """;
        assertThat(denial(json(text), RemoveStates.of(StateRef.top("Route"))))
                .isEqualTo("'Fast' would no longer be reached from any state.");
    }

    @Test
    void removeStatesReroutesACatcherPastTheRemovedState() {
        String text = """
                {"StartAt": "Try", "States": {
                  "Try": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                    "Parameters": {"FunctionName": "f"},
                    "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Recover"}], "End": true},
                  "Recover": {"Type": "Pass", "Next": "Report"},
                  "Report": {"Type": "Fail"}}}
                """;
        EditResult result = apply(json(text), RemoveStates.of(StateRef.top("Recover")));
        assertThat(((TaskState) result.model().states().get("Try")).catchers().get(0).next()).isEqualTo("Report");
    }

    @Test
    void removeStatesRefusesStatesThatAreNotThere() {
        assertThat(denial(json(CHAIN), new RemoveStates("", List.of("B", "Z"))))
                .isEqualTo("There is no state 'Z' here.");
        assertThat(denial(json(CHAIN), new RemoveStates("", List.of()))).isEqualTo("Select the states to delete.");
    }

    @Test
    void removeStatesHasAMenuLabel() {
        assertThat(RemoveStates.of(StateRef.top("B")).label()).isEqualTo("Delete state 'B'");
        assertThat(new RemoveStates("", List.of("B", "C")).label()).isEqualTo("Delete 2 states");
    }
}
