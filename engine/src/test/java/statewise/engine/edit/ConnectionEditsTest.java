package statewise.engine.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static statewise.engine.edit.EditFixture.FAN_OUT;
import static statewise.engine.edit.EditFixture.LEFT_BRANCH;
import static statewise.engine.edit.EditFixture.ORDERS;
import static statewise.engine.edit.EditFixture.apply;
import static statewise.engine.edit.EditFixture.assertUndoneToSameText;
import static statewise.engine.edit.EditFixture.denial;
import static statewise.engine.edit.EditFixture.errors;
import static statewise.engine.edit.EditFixture.json;

import org.junit.jupiter.api.Test;
import statewise.engine.document.AslDocument;
import statewise.engine.model.ChoiceState;
import statewise.engine.model.StateMachine;
import statewise.engine.model.TaskState;
import statewise.engine.model.Transition;

/** ConnectStates, ReconnectEdge, DisconnectEdge and SetStartState: the edits of edges and of the start. */
class ConnectionEditsTest {

    private static final String LOOSE_END = """
            {
              "StartAt": "Ask",
              "States": {
                "Ask": {"Type": "Pass", "End": true},
                "Answer": {"Type": "Pass", "End": true}
              }
            }
            """;

    @Test
    void connectStatesReplacesEndWithNext() {
        EditResult result = apply(json(LOOSE_END),
                new ConnectStates(StateRef.top("Ask"), StateRef.top("Answer"), Transition.Kind.NEXT));
        assertThat(result.model().states().get("Ask").next()).isEqualTo("Answer");
        assertThat(result.model().states().get("Ask").end()).isNull();
        assertThat(result.text()).contains("\"Ask\": {\"Type\": \"Pass\", \"Next\": \"Answer\"}");
        assertThat(errors(result.document())).isEmpty();
    }

    @Test
    void connectStatesAddsAChoiceRuleLastAndTheRuleIsValid() {
        EditResult result = apply(json(ORDERS),
                new ConnectStates(StateRef.top("Check"), StateRef.top("Ship"), Transition.Kind.CHOICE));
        ChoiceState check = (ChoiceState) result.model().states().get("Check");
        assertThat(check.choices()).hasSize(3);
        assertThat(check.choices().get(2).next()).isEqualTo("Ship");
        assertThat(errors(result.document())).isEmpty();
    }

    @Test
    void connectStatesAddsACatcherForAllErrors() {
        String text = ORDERS.replace(
                "      \"Catch\": [{\"ErrorEquals\": [\"States.ALL\"], \"Next\": \"Reject\"}],\n", "");
        EditResult result = apply(json(text),
                new ConnectStates(StateRef.top("Charge"), StateRef.top("Reject"), Transition.Kind.CATCH));
        TaskState charge = (TaskState) result.model().states().get("Charge");
        assertThat(charge.catchers()).singleElement().satisfies(c -> {
            assertThat(c.errorEquals()).containsExactly("States.ALL");
            assertThat(c.next()).isEqualTo("Reject");
        });
    }

    @Test
    void connectStatesRefusesWhatWouldBeInvalidAsl() {
        AslDocument orders = json(ORDERS);
        assertThat(denial(orders, new ConnectStates(StateRef.top("Ship"), StateRef.top("Reject"),
                Transition.Kind.NEXT))).isEqualTo("'Ship' already has a Next ('Done'): move that edge instead.");
        assertThat(denial(orders, new ConnectStates(StateRef.top("Done"), StateRef.top("Ship"),
                Transition.Kind.NEXT))).isEqualTo("A Succeed state ends the flow: it cannot have a Next.");
        assertThat(denial(orders, new ConnectStates(StateRef.top("Ship"), StateRef.top("Done"),
                Transition.Kind.CHOICE))).isEqualTo("Only a Choice state has Choice rules.");
        assertThat(denial(orders, new ConnectStates(StateRef.top("Check"), StateRef.top("Done"),
                Transition.Kind.DEFAULT))).startsWith("'Check' already has a Default ('Charge')");
        assertThat(denial(orders, new ConnectStates(StateRef.top("Ship"), StateRef.top("Done"),
                Transition.Kind.CATCH))).isEqualTo("Only Task, Parallel and Map states can catch errors.");
        assertThat(denial(orders, new ConnectStates(StateRef.top("Charge"), StateRef.top("Done"),
                Transition.Kind.CATCH))).contains("already catches every error");
    }

    @Test
    void connectStatesRefusesToConnectAcrossGraphs() {
        assertThat(denial(json(FAN_OUT), new ConnectStates(new StateRef(LEFT_BRANCH, "Left done"),
                StateRef.top("Finished"), Transition.Kind.NEXT))).startsWith("States of different graphs");
    }

    @Test
    void reconnectEdgeMovesACatchTargetAndKeepsItsErrors() {
        EdgeRef caught = EdgeRef.catcher(StateRef.top("Charge"), 0);
        AslDocument document = json(ORDERS);
        EditResult result = apply(document, new ReconnectEdge(caught, StateRef.top("Done")));
        TaskState charge = (TaskState) result.model().states().get("Charge");
        assertThat(charge.catchers().get(0).next()).isEqualTo("Done");
        assertThat(charge.catchers().get(0).errorEquals()).containsExactly("States.ALL");
        assertThat(result.textEdits()).singleElement().satisfies(e -> assertThat(e.replacement())
                .isEqualTo("\"Done\""));
        assertUndoneToSameText(document, result);
    }

    @Test
    void reconnectEdgeRefusesToLeaveAStateUnreached() {
        EdgeRef shipNext = EdgeRef.next(StateRef.top("Ship"));
        assertThat(denial(json(ORDERS), new ReconnectEdge(shipNext, StateRef.top("Reject"))))
                .isEqualTo("'Done' would no longer be reached from any state.");
        assertThat(denial(json(ORDERS), new ReconnectEdge(shipNext, StateRef.top("Done"))))
                .isEqualTo("The edge already goes to 'Done'.");
        assertThat(denial(json(ORDERS), new ReconnectEdge(EdgeRef.choice(StateRef.top("Check"), 5),
                StateRef.top("Done")))).isEqualTo("'Check' has no Choice rule 6.");
    }

    @Test
    void disconnectEdgeRemovesAChoiceRuleWithItsCondition() {
        EditResult result = apply(json(ORDERS), new DisconnectEdge(EdgeRef.choice(StateRef.top("Check"), 0)));
        ChoiceState check = (ChoiceState) result.model().states().get("Check");
        assertThat(check.choices()).singleElement().satisfies(r -> assertThat(r.next()).isEqualTo("Reject"));
        assertThat(result.removed()).contains("/States/Check/Choices/0");
    }

    @Test
    void disconnectEdgeRefusesToLeaveAStateUnreached() {
        assertThat(denial(json(ORDERS), new DisconnectEdge(EdgeRef.next(StateRef.top("Ship")))))
                .isEqualTo("'Done' would no longer be reached from any state.");
    }

    @Test
    void setStartStateRewritesStartAt() {
        String text = LOOSE_END.replace("\"End\": true},\n    \"Answer\"", "\"Next\": \"Answer\"},\n    \"Answer\"");
        AslDocument document = json(text);
        assertThat(errors(document)).isEmpty();
        String cycle = text.replace("\"Answer\": {\"Type\": \"Pass\", \"End\": true}",
                "\"Answer\": {\"Type\": \"Choice\", \"Choices\": [{\"Variable\": \"$.again\", \"BooleanEquals\":"
                        + " true, \"Next\": \"Ask\"}], \"Default\": \"Stop\"},\n    \"Stop\": {\"Type\": \"Succeed\"}");
        StateMachine after = apply(json(cycle), new SetStartState(StateRef.top("Answer"))).model();
        assertThat(after.startAt()).isEqualTo("Answer");
        assertThat(denial(json(cycle), new SetStartState(StateRef.top("Ask"))))
                .isEqualTo("'Ask' is already the start state.");
        assertThat(denial(document, new SetStartState(StateRef.top("Answer"))))
                .isEqualTo("'Ask' would no longer be reached from any state.");
    }

    @Test
    void connectionEditsHaveMenuLabels() {
        StateRef a = StateRef.top("A");
        StateRef b = StateRef.top("B");
        assertThat(new ConnectStates(a, b, Transition.Kind.NEXT).label()).isEqualTo("Connect 'A' to 'B'");
        assertThat(new ReconnectEdge(EdgeRef.defaultOf(a), b).label()).isEqualTo("Move the Default of 'A' to 'B'");
        assertThat(new DisconnectEdge(EdgeRef.catcher(a, 1)).label()).isEqualTo("Delete catcher 2 of 'A'");
        assertThat(new SetStartState(b).label()).isEqualTo("Set 'B' as start state");
    }
}
