package statewise.engine.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static statewise.engine.edit.EditFixture.denial;
import static statewise.engine.edit.EditFixture.json;
import static statewise.engine.edit.EditFixture.model;

import java.util.List;
import org.junit.jupiter.api.Test;
import statewise.engine.document.AslDocument;
import statewise.engine.model.StateMachine;

class FlowCheckTest {

    /** 'C' is not reached: it goes to 'B', but nothing goes to it. */
    private static final String C_UNREACHED = """
            {"StartAt": "A", "States": {
              "A": {"Type": "Pass", "Next": "B"},
              "B": {"Type": "Pass", "End": true},
              "C": {"Type": "Pass", "Next": "B"}}}
            """;

    /** The same states and fields, but 'C' starts and goes to 'A': every state is reached. */
    private static final String ALL_REACHED = """
            {"StartAt": "C", "States": {
              "A": {"Type": "Pass", "Next": "B"},
              "B": {"Type": "Pass", "End": true},
              "C": {"Type": "Pass", "Next": "A"}}}
            """;

    @Test
    void checkingAGraphOfTheSameShapeDoesNotReuseTheRememberedProblems() {
        AslDocument unreached = json(C_UNREACHED);
        AslDocument reached = json(ALL_REACHED);
        SetStartState startAtB = new SetStartState(new StateRef("", "B"));

        assertThat(denial(unreached, startAtB)).contains("'A' would no longer be reached");
        assertThat(denial(reached, startAtB)).contains("'C' would no longer be reached");
        assertThat(denial(unreached, startAtB)).contains("'A' would no longer be reached");
    }

    @Test
    void rememberedProblemsAreThoseOfTheGraphAskedAbout() {
        StateMachine unreached = model(json(C_UNREACHED));
        StateMachine reached = model(json(ALL_REACHED));

        List<FlowCheck.Problem> first = FlowCheck.remembered(unreached);
        assertThat(FlowCheck.remembered(reached)).isEmpty();
        assertThat(FlowCheck.remembered(model(json(C_UNREACHED)))).isEqualTo(first);
        assertThat(FlowCheck.remembered(unreached)).isEqualTo(FlowCheck.problems(unreached))
                .extracting(FlowCheck.Problem::subject).containsExactly("C");
    }
}
