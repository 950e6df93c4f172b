package statewise.app.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import statewise.app.outline.StateRow;
import statewise.app.outline.StateRows;
import statewise.engine.document.Diagnostic;
import statewise.engine.document.Severity;
import statewise.engine.validate.ValidationOptions;
import statewise.engine.validate.Validator;

class SampleWorkflowTest {

    private final OpenedDefinition sample = DefinitionLoader.sample();

    @Test
    void sampleIsValidAsl() {
        List<Diagnostic> problems = sample.diagnostics().stream()
                .filter(d -> d.severity() != Severity.INFO)
                .toList();

        assertEquals(List.of(), problems);
        assertNotNull(sample.document().stateMachine());
    }

    @Test
    void sampleShowsEveryKindOfControlFlow() {
        List<String> types = StateRows.of(sample.document()).stream().map(StateRow::type).toList();
        String text = sample.document().text();

        assertTrue(types.containsAll(List.of("Task", "Choice", "Parallel", "Map", "Succeed", "Fail")), types::toString);
        assertTrue(text.contains("\"Retry\"") && text.contains("\"Catch\""));
        assertTrue(text.contains("arn:aws:states:::lambda:invoke"));
    }

    @Test
    void sampleIsAStandardWorkflowBecauseItWaitsForATaskToken() {
        List<Diagnostic> express = Validator.validate(sample.document(), ValidationOptions.DEFAULT.withExpress(true));

        assertTrue(sample.document().text().contains(".waitForTaskToken"));
        assertTrue(express.size() >= sample.diagnostics().size());
    }
}
