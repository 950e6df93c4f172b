package statewise.engine.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static statewise.engine.edit.EditFixture.ORDERS;
import static statewise.engine.edit.EditFixture.apply;
import static statewise.engine.edit.EditFixture.denial;
import static statewise.engine.edit.EditFixture.errors;
import static statewise.engine.edit.EditFixture.json;
import static statewise.engine.edit.EditFixture.model;

import java.util.List;
import org.junit.jupiter.api.Test;
import statewise.engine.document.AslDocument;
import statewise.engine.model.MapState;
import statewise.engine.model.ParallelState;
import statewise.engine.model.StateType;

/** WrapStates: a Parallel or Map state takes the place of the states it wraps. */
class WrapStatesTest {

    @Test
    void wrapTaskInParallelMovesItsCatchersToTheParallel() {
        AslDocument orders = json(ORDERS);
        EditResult result = apply(orders, WrapStates.named(model(orders), "", List.of("Charge"), StateType.PARALLEL));

        ParallelState wrapper = (ParallelState) result.model().states().get("Parallel");
        assertThat(wrapper.next()).isEqualTo("Ship");
        assertThat(wrapper.catchers()).singleElement().satisfies(c -> assertThat(c.next()).isEqualTo("Reject"));
        assertThat(wrapper.branches()).singleElement().satisfies(branch -> {
            assertThat(branch.startAt()).isEqualTo("Charge");
            assertThat(branch.states().get("Charge").end()).isTrue();
            assertThat(branch.states().get("Charge").catchers()).isNull();
        });
        assertThat(result.model().states()).doesNotContainKey("Charge");
        assertThat(result.text()).contains("\"Next\": \"Parallel\"");
        assertThat(errors(result.document())).isEmpty();
    }

    @Test
    void wrapLinearRunInMapKeepsItsInnerFlowAndEndsWhereItLeft() {
        String text = ORDERS.replace("\"Ship\": {\"Type\": \"Pass\", \"Next\": \"Done\"}",
                "\"Ship\": {\"Type\": \"Pass\", \"Next\": \"Pack\"},\n"
                        + "    \"Pack\": {\"Type\": \"Pass\", \"Next\": \"Done\"}");
        AslDocument document = json(text);

        EditResult result = apply(document,
                WrapStates.named(model(document), "", List.of("Ship", "Pack"), StateType.MAP));

        MapState wrapper = (MapState) result.model().states().get("Map");
        assertThat(wrapper.next()).isEqualTo("Done");
        assertThat(wrapper.itemProcessor().startAt()).isEqualTo("Ship");
        assertThat(wrapper.itemProcessor().states().get("Ship").next()).isEqualTo("Pack");
        assertThat(wrapper.itemProcessor().states().get("Pack").end()).isTrue();
        assertThat(result.model().states().get("Charge").next()).isEqualTo("Map");
        assertThat(errors(result.document())).isEmpty();
    }

    @Test
    void wrapStartStateMakesTheWrapperTheStart() {
        AslDocument document = json("""
                {
                  "StartAt": "A",
                  "States": {
                    "A": {"Type": "Pass", "Next": "B"},
                    "B": {"Type": "Succeed"}
                  }
                }
                """);

        EditResult result = apply(document, WrapStates.named(model(document), "", List.of("A"), StateType.MAP));

        assertThat(result.model().startAt()).isEqualTo("Map");
        assertThat(result.model().states().get("Map").next()).isEqualTo("B");
        assertThat(errors(result.document())).isEmpty();
    }

    @Test
    void wrapIsRefusedWhenTheFlowEntersAtTwoStates() {
        AslDocument orders = json(ORDERS);

        String reason = denial(orders, WrapStates.named(model(orders), "", List.of("Charge", "Reject"),
                StateType.PARALLEL));

        assertThat(reason).contains("enters the selected states at");
    }

    @Test
    void wrapIsRefusedWhenAChoiceLeadsOut() {
        AslDocument orders = json(ORDERS);

        String reason = denial(orders, WrapStates.named(model(orders), "", List.of("Check", "Charge"),
                StateType.PARALLEL));

        assertThat(reason).contains("leads out of the selected states");
    }
}
