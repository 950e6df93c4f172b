package statewise.engine.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static statewise.engine.edit.EditFixture.FAN_OUT;
import static statewise.engine.edit.EditFixture.LEFT_BRANCH;
import static statewise.engine.edit.EditFixture.ORDERS;
import static statewise.engine.edit.EditFixture.apply;
import static statewise.engine.edit.EditFixture.denial;
import static statewise.engine.edit.EditFixture.json;
import static statewise.engine.edit.EditFixture.model;
import static statewise.engine.edit.EditFixture.yaml;

import java.util.List;
import org.junit.jupiter.api.Test;
import statewise.engine.document.AslDocument;
import statewise.engine.model.ParallelState;
import statewise.engine.model.State;
import statewise.engine.model.StateGraph;
import statewise.engine.model.StateMachine;
import statewise.engine.model.TaskState;

/** DuplicateStates, the clipboard and PasteStates. */
class CopyEditsTest {

    @Test
    void duplicateStatesGivesFreeNamesAndRemapsTransitionsBetweenTheCopies() {
        AslDocument document = json(ORDERS);
        EditResult result = apply(document, new DuplicateStates("", List.of("Ship", "Done")));
        StateMachine after = result.model();
        assertThat(after.states()).containsKeys("Ship (1)", "Done (1)");
        assertThat(after.states().get("Ship (1)").next()).isEqualTo("Done (1)");
        assertThat(EditRules.check(document, new DuplicateStates("", List.of("Ship", "Done"))))
                .isEqualTo(new Verdict.Allowed("'Done (1)', 'Ship (1)' are not connected yet: connect a state to"
                        + " them."));
    }

    @Test
    void duplicateStatesKeepsTransitionsToStatesNotCopied() {
        StateMachine after = apply(json(ORDERS), new DuplicateStates("", List.of("Charge"))).model();
        TaskState copy = (TaskState) after.states().get("Charge (1)");
        assertThat(copy.next()).isEqualTo("Ship");
        assertThat(copy.catchers().get(0).next()).isEqualTo("Reject");
    }

    @Test
    void duplicateParallelStateRenamesTheStatesOfItsBranches() {
        StateMachine after = apply(json(FAN_OUT), new DuplicateStates("", List.of("Fan out"))).model();
        ParallelState copy = (ParallelState) after.states().get("Fan out (1)");
        StateGraph left = copy.branches().get(0);
        assertThat(left.startAt()).isEqualTo("Left (1)");
        assertThat(left.states().get("Left (1)").next()).isEqualTo("Left done (1)");
        assertThat(Graphs.allNames(after)).doesNotHaveDuplicates();
    }

    @Test
    void copyAndPasteIntoAnotherFileAndGraph() {
        String clipboard = Clipboard.copy(model(json(ORDERS)), "", List.of("Ship", "Done"));
        assertThat(Clipboard.holdsStates(clipboard)).isTrue();
        AslDocument other = json(FAN_OUT);
        EditResult result = apply(other, new PasteStates(LEFT_BRANCH, clipboard));
        StateGraph left = Graphs.require(result.model(), LEFT_BRANCH);
        assertThat(left.states()).containsKeys("Ship", "Done");
        assertThat(left.states().get("Ship").next()).isEqualTo("Done");
        assertThat(result.changed()).contains(LEFT_BRANCH + "/States/Ship");
    }

    @Test
    void pasteStatesRenamesOnCollisionAcrossTheWholeMachine() {
        AslDocument document = json(FAN_OUT);
        String clipboard = Clipboard.copy(model(document), LEFT_BRANCH, List.of("Left", "Left done"));
        StateMachine after = apply(document, new PasteStates("", clipboard)).model();
        assertThat(after.states().get("Left (1)").next()).isEqualTo("Left done (1)");
    }

    @Test
    void pasteStatesIntoYamlWritesYaml() {
        String text = """
                StartAt: Only
                States:
                  Only:
                    Type: Succeed
                """;
        String clipboard = Clipboard.copy(model(json(ORDERS)), "", List.of("Reject"));
        EditResult result = apply(yaml(text), new PasteStates("", clipboard));
        assertThat(result.text()).isEqualTo(text + "  Reject:\n    Type: Fail\n    Error: Rejected\n");
    }

    @Test
    void pasteStatesAcceptsASingleStateOrAStatesObject() {
        AslDocument document = json(ORDERS);
        State pasted = apply(document, new PasteStates("", "{\"Type\": \"Wait\", \"Seconds\": 3, \"End\": true}"))
                .model().states().get("Wait");
        assertThat(pasted).isNotNull();
        StateMachine after = apply(document, new PasteStates("",
                "{\"Hold\": {\"Type\": \"Pass\", \"Next\": \"Go\"}, \"Go\": {\"Type\": \"Succeed\"}}")).model();
        assertThat(after.states().get("Hold").next()).isEqualTo("Go");
    }

    @Test
    void pasteStatesRefusesAClipboardWithoutStates() {
        assertThat(Clipboard.holdsStates("hello")).isFalse();
        assertThat(denial(json(ORDERS), new PasteStates("", "{\"a\": 1}")))
                .isEqualTo("The clipboard does not hold any states.");
    }

    @Test
    void pasteStatesRefusesACopyWithAnError() {
        assertThat(denial(json(ORDERS), new PasteStates("", "{\"Type\": \"Wait\", \"End\": true}")))
                .startsWith("The copy 'Wait' would have an error:");
    }

    @Test
    void copyRefusesStatesThatAreNotInTheGraph() {
        assertThatThrownBy(() -> Clipboard.copy(model(json(ORDERS)), "", List.of("Nowhere")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("None of the states to copy is in this graph.");
    }

    @Test
    void copyEditsHaveMenuLabels() {
        assertThat(new DuplicateStates("", List.of("A")).label()).isEqualTo("Duplicate state 'A'");
        assertThat(new DuplicateStates("", List.of("A", "B")).label()).isEqualTo("Duplicate 2 states");
        assertThat(new PasteStates("", "{}").label()).isEqualTo("Paste states");
    }
}
