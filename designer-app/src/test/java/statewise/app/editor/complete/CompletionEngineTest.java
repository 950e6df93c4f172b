package statewise.app.editor.complete;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import statewise.app.editor.complete.CompletionEngine.Completion;
import statewise.app.editor.complete.CompletionEngine.Result;
import statewise.engine.cli.DefinitionFile;
import statewise.engine.document.AslDocument;
import statewise.engine.document.DocumentFormat;

class CompletionEngineTest {

    private static final String FLOW = """
            {"StartAt": "Validate", "States": {
              "Validate": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "Fan",
                "Assign": {"orderId.$": "$.id", "total": 3}},
              "Fan": {"Type": "Parallel", "End": true, "Branches": [{"StartAt": "Inner", "States": {
                "Inner": {"Type": "Pass", "Parameters": {"id.$": "$.id"}, "End": true}}}]},
              "Done": {"Type": "Succeed"}
            }}
            """;
    private static final AslDocument MODEL = DefinitionFile.parse("flow.asl.json", FLOW);

    @Test
    void nextOffersTheStatesOfTheSameGraphOnly() {
        Result result = at(FLOW, FLOW.indexOf("\"Fan\",") + 1);

        assertEquals(List.of("Validate", "Fan", "Done"), labels(result));
        assertEquals(FLOW.indexOf("\"Fan\",") + 1, result.from());
        assertEquals(FLOW.indexOf("\"Fan\",") + 4, result.to());
    }

    @Test
    void whatIsTypedNarrowsTheListWithPrefixMatchesFirst() {
        String text = FLOW.replace("\"Next\": \"Fan\"", "\"Next\": \"D\"");

        Result result = at(text, text.indexOf("\"D\"") + 2);

        assertEquals(List.of("Done", "Validate"), labels(result));
        assertEquals("Done", result.items().get(0).insert());
    }

    @Test
    void startAtInABranchOffersTheBranchsStates() {
        Result result = at(FLOW, FLOW.indexOf("\"Inner\", \"States\"") + 1);

        assertEquals(List.of("Inner"), labels(result));
    }

    @Test
    void keysOfATaskAreItsFieldsNotYetWrittenEvenWhileTheTextDoesNotParse() {
        String text = FLOW.replace("{\"Type\": \"Task\",", "{\"Type\": \"Task\", \"\",");
        int caret = text.indexOf("\"\",") + 1;

        Result result = at(text, caret);

        List<String> labels = labels(result);
        assertTrue(labels.containsAll(List.of("Comment", "Retry", "Catch", "TimeoutSeconds", "Parameters")),
                labels::toString);
        assertFalse(labels.contains("Type") || labels.contains("Resource") || labels.contains("Next"), labels::toString);
        assertFalse(labels.contains("Arguments") || labels.contains("Choices"), labels::toString);
        assertEquals("Retry", insertOf(result, "Retry"));
    }

    @Test
    void anUnquotedKeyIsInsertedWithQuotesAndAColon() {
        String text = FLOW.replace("{\"Type\": \"Succeed\"}", "{\"Type\": \"Succeed\", Out}");

        Result result = at(text, text.indexOf("Out}") + 3);

        assertEquals(List.of("OutputPath"), labels(result));
        assertEquals("\"OutputPath\": ", result.items().get(0).insert());
    }

    @Test
    void jsonataStatesGetJsonataFields() {
        String jsonata = "{\"QueryLanguage\": \"JSONata\", \"StartAt\": \"A\", \"States\": {\n"
                + "  \"A\": {\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::lambda:invoke\", \"End\": true}}}";
        AslDocument model = DefinitionFile.parse("flow.asl.json", jsonata);
        String text = jsonata.replace("\"End\": true}", "\"End\": true, \"\"}");

        List<String> labels = labels(CompletionEngine.complete(text, text.indexOf("\"\"}") + 1, DocumentFormat.JSON,
                model));

        assertTrue(labels.containsAll(List.of("Arguments", "Output")), labels::toString);
        assertFalse(labels.contains("Parameters") || labels.contains("ResultPath"), labels::toString);
    }

    @Test
    void typeOffersTheStateTypes() {
        Result result = at(FLOW, FLOW.indexOf("\"Succeed\"") + 1);

        assertEquals(List.of("Pass", "Task", "Choice", "Wait", "Succeed", "Fail", "Parallel", "Map"), labels(result));
        assertEquals(FLOW.indexOf("\"Succeed\"") + 8, result.to());
    }

    @Test
    void intrinsicFunctionsAreOfferedAfterStates() {
        String text = FLOW.replace("\"$.id\", \"total\"", "\"States.Fo\", \"total\"");

        Result result = at(text, text.indexOf("States.Fo") + 9);

        Completion format = result.items().get(0);
        assertEquals("States.Format", format.label());
        assertEquals("States.Format()", format.insert());
        assertEquals(1, format.caretBack());
        assertEquals(text.indexOf("States.Fo"), result.from());
    }

    @Test
    void variablesAssignedInEnclosingGraphsAreOfferedAfterADollar() {
        String text = FLOW.replace("{\"id.$\": \"$.id\"}", "{\"id.$\": \"$or\"}");

        Result result = at(text, text.indexOf("$or") + 3);

        assertEquals(List.of("$orderId"), labels(result));
        assertEquals(text.indexOf("$or"), result.from());
    }

    @Test
    void yamlValuesAndKeysComplete() {
        String yaml = """
                StartAt: First
                States:
                  First:
                    Type: Pass
                    Next: Sec
                  Second:
                    Type: Succeed
                """;
        AslDocument model = DefinitionFile.parse("flow.asl.yaml", yaml);

        Result next = CompletionEngine.complete(yaml, yaml.indexOf("Sec\n") + 3, DocumentFormat.YAML, model);
        String withKey = yaml.replace("    Next: Sec\n", "    Next: Sec\n    Com\n");
        Result key = CompletionEngine.complete(withKey, withKey.indexOf("Com\n") + 3, DocumentFormat.YAML, model);

        assertEquals(List.of("Second"), labels(next));
        assertEquals("Second", next.items().get(0).insert());
        assertEquals(List.of("Comment"), labels(key));
        assertEquals("Comment: ", key.items().get(0).insert());
    }

    @Test
    void errorEqualsOffersAwsErrorNames() {
        String text = FLOW.replace("\"Next\": \"Fan\",",
                "\"Next\": \"Fan\", \"Retry\": [{\"ErrorEquals\": [\"States.Ti\"]}],");

        Result result = at(text, text.indexOf("States.Ti") + "States.Ti".length());

        assertEquals(List.of("States.Timeout"), labels(result));
        assertEquals(text.indexOf("States.Ti"), result.from());
    }

    @Test
    void numbersAndTheTopLevelOfferNothing() {
        assertEquals(List.of(), labels(at(FLOW, FLOW.indexOf("\"total\": 3") + 10)));
    }

    private static Result at(String text, int caret) {
        return CompletionEngine.complete(text, caret, DocumentFormat.JSON, MODEL);
    }

    private static List<String> labels(Result result) {
        return result.items().stream().map(Completion::label).toList();
    }

    private static String insertOf(Result result, String label) {
        return result.items().stream().filter(c -> c.label().equals(label)).findFirst().orElseThrow().insert();
    }
}
