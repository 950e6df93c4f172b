package statewise.app.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import statewise.engine.cli.DefinitionFile;
import statewise.engine.document.AslDocument;

class StateRowsTest {

    @Test
    void nestedStatesFollowTheirParentOneLevelDeeper() {
        AslDocument document = DefinitionFile.parse("flow.asl.json", """
                {"StartAt": "Fan", "States": {
                  "Fan": {"Type": "Parallel", "Next": "Each", "Branches": [
                    {"StartAt": "Left", "States": {"Left": {"Type": "Pass", "End": true}}}]},
                  "Each": {"Type": "Map", "End": true, "Iterator": {
                    "StartAt": "Item", "States": {"Item": {"Type": "Succeed"}}}}
                }}
                """);

        List<StateRow> rows = StateRows.of(document);

        assertEquals(List.of(
                new StateRow("Fan", "Parallel", 0, "/States/Fan"),
                new StateRow("Left", "Pass", 1, "/States/Fan/Branches/0/States/Left"),
                new StateRow("Each", "Map", 0, "/States/Each"),
                new StateRow("Item", "Succeed", 1, "/States/Each/Iterator/States/Item")), rows);
        assertEquals(4, StateRows.count(document));
    }

    @Test
    void aSingleStateDocumentIsOneRow() {
        AslDocument document = DefinitionFile.parse("state.json",
                "{\"Type\": \"Wait\", \"Seconds\": 3, \"End\": true}");

        assertEquals(List.of(new StateRow("(single state)", "Wait", 0, "")), StateRows.of(document));
        assertEquals(1, StateRows.count(document));
    }

    @Test
    void aStateWithAnUnknownTypeShowsWhatWasWritten() {
        AslDocument document = DefinitionFile.parse("x.json",
                "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Bogus\"}, \"B\": {}}}");

        assertEquals(List.of("Bogus", "?"), StateRows.of(document).stream().map(StateRow::type).toList());
    }

    @Test
    void textThatDoesNotParseHasNoRows() {
        AslDocument broken = DefinitionFile.parse("x.json", "{\"StartAt\": ");

        assertEquals(List.of(), StateRows.of(broken));
        assertEquals(0, StateRows.count(broken));
    }

    @Test
    void goToStateListsNamesStartingWithTheTypedTextFirst() {
        List<StateRow> rows = List.of(new StateRow("ShouldWait", "Choice", 0, "/States/ShouldWait"),
                new StateRow("WaitAMoment", "Wait", 0, "/States/WaitAMoment"),
                new StateRow("Done", "Succeed", 0, "/States/Done"));

        assertEquals(List.of(rows.get(1), rows.get(0)), StateRows.matching(rows, "wait "));
        assertEquals(rows, StateRows.matching(rows, ""));
        assertEquals(List.of(), StateRows.matching(rows, "x"));
    }
}
