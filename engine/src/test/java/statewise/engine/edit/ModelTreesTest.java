package statewise.engine.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static statewise.engine.edit.EditFixture.ORDERS;
import static statewise.engine.edit.EditFixture.json;
import static statewise.engine.edit.EditFixture.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import statewise.engine.document.AslDocument;
import statewise.engine.model.StateMachine;
import statewise.engine.model.StateType;
import statewise.engine.serialize.AslSerializer;
import statewise.engine.serialize.KeyOrder;

/** The trees an edit is compared in: written where the models differ, stubs where they agree. */
class ModelTreesTest {

    private static final String SHIP_FIRST = """
            {"StartAt": "Ship", "States": {
              "Ship": {"Next": "Done", "Type": "Pass"},
              "Done": {"Type": "Succeed"}
            }}
            """;

    @Test
    void statesEqualInBothModelsShareOneStubAndChangedOnesAreWrittenWhole() {
        AslDocument document = json(ORDERS);
        StateMachine edited = new AddState("", "Later", StateType.WAIT, EdgeRef.next(StateRef.top("Ship")))
                .apply(model(document));
        ModelTrees trees = ModelTrees.of(document, model(document), edited);
        JsonNode before = trees.before().get("States");
        JsonNode after = trees.after().get("States");
        for (String unchanged : List.of("Check", "Charge", "Done", "Reject")) {
            assertThat(after.get(unchanged)).as(unchanged).isSameAs(before.get(unchanged));
            assertThat(after.get(unchanged).isPojo()).as(unchanged + " is a stub").isTrue();
        }
        assertThat(before.get("Ship").toString()).isEqualTo("{\"Type\":\"Pass\",\"Next\":\"Done\"}");
        assertThat(after.get("Ship").toString()).isEqualTo("{\"Type\":\"Pass\",\"Next\":\"Later\"}");
        assertThat(after.get("Later").get("Next").asText()).isEqualTo("Done");
        assertThat(trees.after().get("StartAt").asText()).isEqualTo("Check");
    }

    @Test
    void aStateWrittenWholeKeepsTheKeyOrderOfItsText() {
        AslDocument document = json(SHIP_FIRST);
        StateMachine edited = new RenameState(StateRef.top("Done"), "Finished").apply(model(document));
        ModelTrees trees = ModelTrees.of(document, model(document), edited);
        assertThat(trees.after().get("States").get("Ship").toString())
                .isEqualTo("{\"Next\":\"Finished\",\"Type\":\"Pass\"}");
    }

    @Test
    void wholeGivesAStubsContentAndTheWholeStatesObject() {
        AslDocument document = json(SHIP_FIRST);
        StateMachine edited = new SetStartState(StateRef.top("Done")).apply(model(document));
        ModelTrees trees = ModelTrees.of(document, model(document), edited);
        JsonNode full = AslSerializer.tree(model(document), KeyOrder.of(document));
        JsonNode stub = trees.before().get("States").get("Ship");
        assertThat(stub.isPojo()).isTrue();
        assertThat(trees.whole(stub, "/States/Ship", true)).isEqualTo(full.at("/States/Ship"));
        assertThat(trees.whole(trees.after().get("States"), "/States", false)).isEqualTo(full.get("States"));
        JsonNode written = trees.after().get("StartAt");
        assertThat(trees.whole(written, "/StartAt", false)).isSameAs(written);
    }
}
