package statewise.app.mocks;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.jspecify.annotations.Nullable;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import statewise.app.actions.ActionRegistry;
import statewise.app.actions.AppAction;
import statewise.app.debug.DebuggerViewModel;
import statewise.app.debug.model.DefinitionSnapshot;
import statewise.app.fx.FxThread;
import statewise.app.session.DocumentSession;
import statewise.app.session.StatePointers;
import statewise.engine.model.StateMachine;

/**
 * Registers Run → Edit Mocks… and the canvas's "Mock This State…": both open the one mock editor window of the
 * workflow (the latter choosing the selected state in the run panel's test case, and mocking it when that test case
 * does not), and a save points the run panel's mock picker at the saved file.
 */
public final class MockEditorActions {

    private final DocumentSession session;
    private final DebuggerViewModel debugger;
    private final Supplier<@Nullable Window> owner;
    private final Executor io;
    private @Nullable MockEditorView view;
    private @Nullable Path openedFile;

    private MockEditorActions(DocumentSession session, DebuggerViewModel debugger, Supplier<@Nullable Window> owner,
            Executor io) {
        this.session = session;
        this.debugger = debugger;
        this.owner = owner;
        this.io = io;
    }

    /** Registers {@link ActionRegistry#EDIT_MOCKS} and {@link ActionRegistry#MOCK_STATE}. */
    public static void register(ActionRegistry actions, DocumentSession session, DebuggerViewModel debugger,
            Supplier<@Nullable Window> owner, Executor io) {
        MockEditorActions editor = new MockEditorActions(session, debugger, owner, io);
        actions.register(new AppAction(ActionRegistry.EDIT_MOCKS, "Edit _Mocks…", null, MaterialDesignT.TEST_TUBE,
                Bindings.createBooleanBinding(() -> true), () -> editor.open(null)));
        actions.register(new AppAction(ActionRegistry.MOCK_STATE, "Mock This State…", null, MaterialDesignT.TEST_TUBE,
                Bindings.createBooleanBinding(() -> editor.selectedState() != null, session.selectionProperty()),
                () -> editor.open(editor.selectedState())));
    }

    private @Nullable String selectedState() {
        String pointer = session.selectionProperty().get().pointer();
        String state = pointer == null ? null
                : StatePointers.enclosingState(pointer, session.document().modelDocument().kind());
        return state == null || state.isEmpty() ? null : StatePointers.name(state);
    }

    private void open(@Nullable String state) {
        Window window = owner.get();
        Path file = session.fileProperty().get();
        if (file == null || window == null) {
            tell(window, "Save the workflow first: its mocks and test cases are kept next to it.");
            return;
        }
        DefinitionSnapshot definition = DefinitionSnapshot.of(session.document());
        StateMachine machine = definition.machine();
        if (machine == null) {
            tell(window, String.valueOf(definition.problem()));
            return;
        }
        MockEditorView shown = view != null ? view
                : new MockEditorView(new MockEditorViewModel(FxThread.UI, io), window, this::saved);
        view = shown;
        MockEditorViewModel model = shown.model();
        shown.show();
        if (model.dirtyProperty().get()) {
            if (file.equals(openedFile)) {
                model.focus(null, state);
                mockIfUnmocked(model, state);
                return;
            }
            if (!shown.confirmClose(this::saved)) {
                return;
            }
        }
        openedFile = file;
        model.open(file, machine, debugger.options().testCaseProperty().get(), state,
                () -> mockIfUnmocked(model, state));
    }

    private static void mockIfUnmocked(MockEditorViewModel model, @Nullable String state) {
        if (state != null && state.equals(model.stateProperty().get()) && model.states().stream()
                .anyMatch(r -> r.state().equals(state) && r.kind() == StateRow.Kind.UNMOCKED)) {
            model.edits().mockState();
        }
    }

    private void saved() {
        MockEditorView shown = view;
        Path mocks = shown == null ? null : shown.model().mockFile();
        if (mocks != null) {
            debugger.options().chooseMockFile(mocks);
        }
    }

    private static void tell(@Nullable Window window, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message);
        alert.setHeaderText("The mock editor cannot open");
        if (window != null) {
            alert.initOwner(window);
        }
        alert.show();
    }
}
