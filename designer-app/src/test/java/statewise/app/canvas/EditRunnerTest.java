package statewise.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import statewise.app.session.StatePointers;
import statewise.engine.document.DocumentFormat;
import statewise.engine.document.JsonPointer;
import statewise.engine.edit.AddState;
import statewise.engine.edit.DuplicateStates;
import statewise.engine.edit.EdgeRef;
import statewise.engine.edit.Edit;
import statewise.engine.edit.RemoveStates;
import statewise.engine.edit.RenameState;
import statewise.engine.edit.StateRef;
import statewise.engine.edit.WrapStates;
import statewise.engine.model.State;
import statewise.engine.model.StateMachine;
import statewise.engine.model.StateType;
import statewise.engine.parse.AslParser;

class EditRunnerTest {

    private static final String NESTED = """
            {"StartAt": "A", "States": {
              "A": {"Type": "Pass", "Next": "Fan"},
              "Fan": {"Type": "Parallel", "Next": "Each", "Branches": [
                {"StartAt": "L", "States": {"L": {"Type": "Pass", "End": true}}},
                {"StartAt": "R", "States": {"R": {"Type": "Pass", "Next": "R2"}, "R2": {"Type": "Succeed"}}}]},
              "Each": {"Type": "Map", "Next": "Z", "ItemProcessor": {"StartAt": "I",
                "States": {"I": {"Type": "Pass", "End": true}}}},
              "Z": {"Type": "Succeed"}}}
            """;

    private static final String BRANCH = "/States/Fan/Branches/1";

    @Test
    void createdStatesAreTheOutermostStatesOnlyTheNewModelHas() {
        StateMachine machine = AslParser.parse(NESTED, DocumentFormat.JSON).stateMachine();
        List<Edit> edits = List.of(
                AddState.named(machine, "", StateType.PASS, EdgeRef.next(StateRef.top("A"))),
                AddState.named(machine, BRANCH, StateType.PARALLEL, EdgeRef.next(new StateRef(BRANCH, "R"))),
                AddState.named(machine, "", StateType.MAP, null),
                WrapStates.named(machine, "", List.of("A", "Fan"), StateType.PARALLEL),
                new RenameState(new StateRef(BRANCH, "R2"), "Done"),
                new RenameState(StateRef.top("Fan"), "Fan out"),
                new DuplicateStates("", List.of("Each", "Z")),
                new RemoveStates("", List.of("Z")));

        for (Edit edit : edits) {
            StateMachine after = edit.apply(machine);
            assertEquals(everyNewOutermost(machine, after), EditRunner.created(machine, after), edit.label());
        }
        assertEquals(List.of("/States/Parallel"), EditRunner.created(machine, edits.get(3).apply(machine)));
        assertEquals(List.of(BRANCH + "/States/Parallel"), EditRunner.created(machine, edits.get(1).apply(machine)));
    }

    /** The full computation: every state pointer of both models, the new ones without those inside another. */
    private static List<String> everyNewOutermost(StateMachine before, StateMachine after) {
        Set<String> old = pointers(before).keySet();
        List<String> created = pointers(after).keySet().stream().filter(p -> !old.contains(p)).toList();
        return created.stream().filter(p -> created.stream().noneMatch(q -> !q.equals(p) && p.startsWith(q + "/")))
                .toList();
    }

    private static Map<String, State> pointers(StateMachine machine) {
        Map<String, State> states = new LinkedHashMap<>();
        StatePointers.addGraph(states, machine, JsonPointer.ROOT);
        return states;
    }
}
