package statewise.engine.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static statewise.engine.edit.EditFixture.FAN_OUT;
import static statewise.engine.edit.EditFixture.LEFT_BRANCH;
import static statewise.engine.edit.EditFixture.ORDERS;
import static statewise.engine.edit.EditFixture.apply;
import static statewise.engine.edit.EditFixture.denial;
import static statewise.engine.edit.EditFixture.errors;
import static statewise.engine.edit.EditFixture.json;
import static statewise.engine.edit.EditFixture.model;
import static statewise.engine.edit.EditFixture.yaml;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import statewise.engine.document.AslDocument;
import statewise.engine.model.MapState;
import statewise.engine.model.ParallelState;
import statewise.engine.model.State;
import statewise.engine.model.StateMachine;
import statewise.engine.model.StateType;
import statewise.engine.model.TaskState;

class AddStateTest {

    @Test
    void addStateOnAnEdgeGoesBetweenItsEnds() {
        AslDocument document = json(ORDERS);
        EdgeRef shipToDone = EdgeRef.next(StateRef.top("Ship"));
        StateMachine after = apply(document, new AddState("", "Wait a bit", StateType.WAIT, shipToDone)).model();
        assertThat(after.states().get("Ship").next()).isEqualTo("Wait a bit");
        assertThat(after.states().get("Wait a bit").next()).isEqualTo("Done");
        assertThat(after.states().keySet()).containsExactly("Check", "Charge", "Ship", "Wait a bit", "Done", "Reject");
    }

    @Test
    void addStateOnACatchEdgeKeepsTheCatcher() {
        AslDocument document = json(ORDERS);
        EdgeRef caught = EdgeRef.catcher(StateRef.top("Charge"), 0);
        EditResult result = apply(document, new AddState("", "Log", StateType.PASS, caught));
        TaskState charge = (TaskState) result.model().states().get("Charge");
        assertThat(charge.catchers().get(0).next()).isEqualTo("Log");
        assertThat(charge.catchers().get(0).errorEquals()).containsExactly("States.ALL");
        assertThat(result.model().states().get("Log").next()).isEqualTo("Reject");
        assertThat(errors(result.document())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = StateType.class, names = {"PASS", "TASK", "WAIT", "CHOICE", "PARALLEL", "MAP", "SUCCEED",
            "FAIL"})
    void addStateOfEveryTypeOnAnEdgeKeepsTheDocumentValid(StateType type) {
        AslDocument document = json(ORDERS);
        AddState add = AddState.named(model(document), "", type, EdgeRef.choice(StateRef.top("Check"), 0));
        EditResult result = apply(document, add);
        assertThat(result.model().states().get(add.name()).type()).isEqualTo(type);
        if (!type.isTerminal()) {
            assertThat(errors(result.document())).isEmpty();
        }
    }

    @Test
    void addTaskStateIsALambdaInvokeWithWorkflowStudiosRetrier() {
        AslDocument document = json(ORDERS);
        State task = apply(document, new AddState("", "Call", StateType.TASK, null)).model().states().get("Call");
        assertThat(task).isInstanceOfSatisfying(TaskState.class, t -> {
            assertThat(t.resource()).isEqualTo("arn:aws:states:::lambda:invoke");
            assertThat(t.retry()).singleElement().satisfies(r -> assertThat(r.errorEquals())
                    .contains("Lambda.TooManyRequestsException"));
            assertThat(t.end()).isTrue();
        });
    }

    @Test
    void addParallelAndMapStatesGetValidInnerGraphsWithFreeNames() {
        AslDocument document = json(FAN_OUT);
        StateMachine machine = apply(document, new AddState("", "Both", StateType.PARALLEL, null)).model();
        ParallelState both = (ParallelState) machine.states().get("Both");
        assertThat(both.branches()).hasSize(2);
        assertThat(both.branches().get(0).startAt()).isNotEqualTo(both.branches().get(1).startAt());
        MapState each = (MapState) apply(document, new AddState("", "Each", StateType.MAP,
                EdgeRef.next(StateRef.top("Prepare")))).model().states().get("Each");
        assertThat(each.itemProcessor().states()).hasSize(1);
    }

    @Test
    void addStateUnconnectedIsAllowedWithANotice() {
        AslDocument document = json(ORDERS);
        Verdict verdict = EditRules.check(document, new AddState("", "Loose", StateType.PASS, null));
        assertThat(verdict).isEqualTo(new Verdict.Allowed("'Loose' is not connected yet: connect a state to it."));
        EditResult result = apply(document, new AddState("", "Loose", StateType.PASS, null));
        assertThat(result.changed()).containsExactlyInAnyOrder("/States", "/States/Loose");
    }

    @Test
    void addStateInABranchWritesItThere() {
        AslDocument document = json(FAN_OUT);
        EdgeRef edge = EdgeRef.next(new StateRef(LEFT_BRANCH, "Left"));
        EditResult result = apply(document, new AddState(LEFT_BRANCH, "Middle", StateType.PASS, edge));
        assertThat(result.changed()).contains(LEFT_BRANCH + "/States/Middle");
        assertThat(errors(result.document())).isEmpty();
    }

    @Test
    void addStateInYamlGoesAfterItsSiblingsAtTheirColumn() {
        String text = """
                StartAt: First
                States:
                    # four blanks here
                    First:
                        Type: Pass
                        End: true
                # the end
                """;
        EditResult result = apply(yaml(text), new AddState("", "Second", StateType.PASS, null));
        assertThat(result.textEdits()).singleElement().satisfies(e -> {
            assertThat(e.length()).isZero();
            assertThat(e.replacement()).startsWith("    Second:\n");
        });
        assertThat(result.text()).startsWith(text.substring(0, text.indexOf("# the end"))).endsWith("# the end\n");
    }

    @Test
    void addStateNamedPicksAFreeName() {
        StateMachine machine = model(json("""
                {"StartAt": "Pass", "States": {"Pass": {"Type": "Pass", "Next": "Pass (1)"},
                  "Pass (1)": {"Type": "Pass", "End": true}}}
                """));
        assertThat(AddState.named(machine, "", StateType.PASS, null).name()).isEqualTo("Pass (2)");
        assertThat(AddState.named(machine, "", StateType.WAIT, null).name()).isEqualTo("Wait");
    }

    @Test
    void addStateRefusesWhatWouldBeInvalid() {
        AslDocument document = json(ORDERS);
        assertThat(denial(document, new AddState("", "Ship", StateType.PASS, null))).contains("already exists");
        assertThat(denial(document, new AddState("", "Route", StateType.CHOICE, null)))
                .isEqualTo("A Choice state needs somewhere to go: drop it onto an edge.");
        assertThat(denial(document, new AddState("", "X", StateType.PASS, EdgeRef.next(StateRef.top("Done")))))
                .isEqualTo("'Done' has no Next.");
        assertThat(denial(document, new AddState("/States/Ship/Branches/0", "X", StateType.PASS, null)))
                .startsWith("There is no state graph");
    }

    @Test
    void addStateRefusesAnEdgeOfAnotherGraph() {
        EdgeRef outside = EdgeRef.next(StateRef.top("Prepare"));
        assertThat(denial(json(FAN_OUT), new AddState(LEFT_BRANCH, "X", StateType.PASS, outside)))
                .isEqualTo("A state can only be inserted on an edge of the graph it goes into.");
    }

    @Test
    void addStateHasAMenuLabel() {
        assertThat(new AddState("", "Wait", StateType.WAIT, null).label()).isEqualTo("Add Wait state 'Wait'");
    }
}
