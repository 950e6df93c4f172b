package statewise.app.editor.complete;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import statewise.app.editor.complete.CompletionEngine.Completion;
import statewise.app.editor.complete.CompletionEngine.Result;
import statewise.app.editor.complete.FieldCompletion.Scope;
import statewise.engine.cli.DefinitionFile;
import statewise.engine.document.AslDocument;

class FieldCompletionTest {

    private static final AslDocument MODEL = DefinitionFile.parse("flow.asl.json", """
            {"StartAt": "Validate", "States": {
              "Validate": {"Type": "Pass", "Assign": {"orderId.$": "$.id"}, "Next": "Notify"},
              "Notify": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish", "End": true}
            }}
            """);
    private static final JsonNode INPUT = json("""
            {"order": {"id": "o-1", "total": 3}, "customer": "c"}""");
    private static final Scope JSONPATH = new Scope(MODEL, "/States/Notify", false, INPUT);
    private static final Scope JSONATA = new Scope(MODEL, "/States/Notify", true, INPUT);

    @Test
    void aPathValueOffersPathsIntoTheSampleInput() {
        String text = "{\"Message.$\": \"$.or\"}";

        Result result = FieldCompletion.inJson(text, text.indexOf("$.or") + 4, JSONPATH);

        assertEquals(List.of("$.order", "$.order.id", "$.order.total"), labels(result));
        assertEquals(text.indexOf("$.or"), result.from());
    }

    @Test
    void aDoubleDollarOffersTheContextObject() {
        String text = "{\"token.$\": \"$$.Ta\"}";

        Result result = FieldCompletion.inJson(text, text.indexOf("$$.Ta") + 5, JSONPATH);

        assertEquals(List.of("$$.Task.Token"), labels(result));
    }

    @Test
    void aDollarOffersTheVariablesAssignedBefore() {
        String text = "{\"id.$\": \"$ord\"}";

        Result result = FieldCompletion.inJson(text, text.indexOf("$ord") + 4, JSONPATH);

        assertEquals(List.of("$orderId"), labels(result));
    }

    @Test
    void intrinsicFunctionsAreOfferedInPathValues() {
        String text = "{\"m.$\": \"States.Form\"}";

        Result result = FieldCompletion.inJson(text, text.indexOf("Form") + 4, JSONPATH);

        assertEquals("States.Format", result.items().get(0).label());
        assertEquals("States.Format()", result.items().get(0).insert());
    }

    @Test
    void aLiteralStringOffersNothing() {
        String text = "{\"Message\": \"$.or\"}";

        assertEquals(List.of(), labels(FieldCompletion.inJson(text, text.indexOf("$.or") + 4, JSONPATH)));
    }

    @Test
    void jsonataExpressionsOfferStatesInputAndContext() {
        String text = "{\"Message\": \"{% $states.input.order.t %}\"}";
        int caret = text.indexOf(".t %}") + 2;

        assertEquals(List.of("$states.input.order.total"), labels(FieldCompletion.inJson(text, caret, JSONATA)));
        String context = "{\"Id\": \"{% $states.context.Execution.I";
        assertEquals(List.of("$states.context.Execution.Id", "$states.context.Execution.Input"),
                labels(FieldCompletion.inJson(context, context.length(), JSONATA)));
    }

    @Test
    void aPathFieldCompletesItsWholeText() {
        Result result = FieldCompletion.inPath("$.cu", 4, JSONPATH);

        assertEquals(List.of("$.customer"), labels(result));
        assertEquals(0, result.from());
        assertEquals(4, result.to());
    }

    @Test
    void errorNamesCompleteTheNameAtTheCaretOnly() {
        String text = "States.TaskFailed, States.Ti";

        Result result = FieldCompletion.errorNames(text, text.length());

        assertEquals(List.of("States.Timeout"), labels(result));
        assertEquals(text.indexOf("States.Ti"), result.from());
        assertTrue(FieldCompletion.errorNames("", 0).items().size() > 10);
    }

    private static List<String> labels(Result result) {
        return result.items().stream().map(Completion::label).toList();
    }

    private static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
