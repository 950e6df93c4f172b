package statewise.app.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import statewise.engine.document.Diagnostic;
import statewise.engine.document.Severity;
import statewise.engine.model.StateType;
import statewise.app.session.StatePointers;

class TemplateTest {

    @ParameterizedTest
    @EnumSource(Template.class)
    void everyTemplateIsValidAslWithoutWarnings(Template template) {
        LoadedDefinition loaded = template.load();

        List<Diagnostic> problems = loaded.analysis().diagnostics().stream()
                .filter(d -> d.severity() != Severity.INFO)
                .toList();
        assertEquals(List.of(), problems);
        assertEquals(template.fileName(), loaded.source().name());
        assertNull(loaded.source().file());
    }

    @Test
    void orderProcessingShowsEveryKindOfControlFlow() {
        LoadedDefinition loaded = Template.ORDER_PROCESSING.load();

        List<StateType> types = StatePointers.of(loaded.analysis().document()).values().stream()
                .map(s -> s.type()).distinct().toList();
        String text = loaded.analysis().document().text();
        assertTrue(types.containsAll(List.of(StateType.TASK, StateType.CHOICE, StateType.PARALLEL, StateType.MAP,
                StateType.SUCCEED, StateType.FAIL)), types::toString);
        assertTrue(text.contains("\"Retry\"") && text.contains("\"Catch\"") && text.contains(".waitForTaskToken"));
    }
}
