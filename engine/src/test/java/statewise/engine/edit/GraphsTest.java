package statewise.engine.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static statewise.engine.edit.EditFixture.json;
import static statewise.engine.edit.EditFixture.model;

import org.junit.jupiter.api.Test;
import statewise.engine.model.StateMachine;
import statewise.engine.model.StateType;

class GraphsTest {

    private static final String TWO = """
            {"StartAt": "A", "States": {
              "A": {"Type": "Pass", "Next": "B"},
              "B": {"Type": "Pass", "End": true}}}
            """;

    @Test
    void rememberedNamesAreThoseOfTheMachineAskedAbout() {
        StateMachine two = model(json(TWO));
        StateMachine equalTwo = model(json(TWO));
        StateMachine three = new AddState("", "C", StateType.PASS, null).apply(two);

        assertThat(Graphs.names(two)).containsExactlyInAnyOrder("A", "B");
        assertThat(Graphs.names(three)).containsExactlyInAnyOrder("A", "B", "C");
        assertThat(Graphs.names(two)).containsExactlyInAnyOrder("A", "B");
        assertThat(Graphs.names(equalTwo)).isEqualTo(Graphs.names(two)).isEqualTo(Graphs.allNames(equalTwo));
    }

    @Test
    void addingAStateNamesItAgainstTheMachineItIsAddedTo() {
        StateMachine two = model(json(TWO));
        AddState first = AddState.named(two, "", StateType.PASS, null);
        StateMachine three = first.apply(two);
        AddState second = AddState.named(three, "", StateType.PASS, null);

        assertThat(first.name()).isEqualTo("Pass");
        assertThat(second.name()).isEqualTo("Pass (1)");
        assertThat(EditRules.check(three, first).isAllowed()).isFalse();
        assertThat(EditRules.check(three, second).isAllowed()).isTrue();
    }
}
