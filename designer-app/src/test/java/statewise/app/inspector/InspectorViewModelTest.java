package statewise.app.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import statewise.app.fx.EngineExecutor;
import statewise.app.fx.QueuedUiThread;
import statewise.app.session.Analysis;
import statewise.app.session.DocumentSession;
import statewise.app.session.DocumentSource;
import statewise.app.session.NodePositions;

/** Form edits in quick succession: each shows at once and starts from the last, before the session reads the text. */
class InspectorViewModelTest {

    private static final String FLOW = """
            {
              "StartAt": "Charge",
              "States": {
                "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "Done"},
                "Done": {"Type": "Succeed"}
              }
            }
            """;

    private final ScheduledExecutorService engine = EngineExecutor.create("test");
    private final QueuedUiThread ui = new QueuedUiThread();
    private final DocumentSession session = new DocumentSession(engine, ui);
    private InspectorViewModel model;

    @BeforeEach
    void open() {
        session.load(DocumentSource.unsaved("flow.asl.json"), Analysis.of("flow.asl.json", FLOW), NodePositions.none(),
                true);
        model = new InspectorViewModel(session);
        session.select("/States/Charge", null);
    }

    @AfterEach
    void stop() {
        engine.shutdownNow();
    }

    @Test
    void aStateEditShowsAtOnceAndTheNextStartsFromItBeforeTheTextIsReadAgain() throws InterruptedException {
        assertTrue(model.change(List.of(new FieldChange("/Comment", TextNode.valueOf("charges"))), null));
        assertFalse(session.document().analysed(), "the session has not read the new text yet");
        assertEquals("charges", shown("/Comment"));

        assertTrue(model.change(List.of(new FieldChange("/TimeoutSeconds", IntNode.valueOf(30))), null));
        assertEquals("30", shown("/TimeoutSeconds"));
        assertEquals("charges", shown("/Comment"));

        ui.runUntil(() -> session.document().analysed());
        String text = session.document().text();
        assertTrue(text.contains("\"Comment\": \"charges\"") && text.contains("\"TimeoutSeconds\": 30"), text);
        assertEquals("30", shown("/TimeoutSeconds"));
        assertEquals("Set TimeoutSeconds of 'Charge'", session.undoLabelProperty().get());
    }

    @Test
    void aWorkflowEditShowsAtOnceBeforeTheTextIsReadAgain() throws InterruptedException {
        FieldSpec comment = MachineEdits.FIELDS.get(0);

        assertTrue(model.setWorkflowField(comment, "Takes payments"));
        assertFalse(session.document().analysed(), "the session has not read the new text yet");
        InspectedMachine workflow = model.workflowProperty().get();
        assertNotNull(workflow);
        assertNotNull(workflow.value("/Comment"));
        assertEquals("Takes payments", workflow.value("/Comment").asText());

        ui.runUntil(() -> session.document().analysed());
        assertEquals(workflow.tree(), model.workflowProperty().get().tree());
    }

    private String shown(String field) {
        InspectedState state = model.state();
        assertNotNull(state);
        assertNotNull(state.value(field), field);
        return state.value(field).asText();
    }
}
