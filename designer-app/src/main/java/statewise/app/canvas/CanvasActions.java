package statewise.app.canvas;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.jspecify.annotations.Nullable;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import statewise.app.actions.ActionRegistry;
import statewise.app.actions.AppAction;

/**
 * Registers the canvas's actions for menus and toolbars. Zooming has window-wide shortcuts (Ctrl+=, Ctrl+-,
 * Ctrl+0, Ctrl+1 to fit); the editing keys (Delete, F2, Ctrl+D, Ctrl+C/X/V) act only while the canvas has the
 * focus, so they never take a key from the ASL editor, and are therefore not registered as accelerators here.
 */
public final class CanvasActions {

    private static final ObservableBooleanValue ALWAYS = new ReadOnlyBooleanWrapper(true).getReadOnlyProperty();

    private CanvasActions() {
    }

    public static void register(ActionRegistry actions, CanvasView canvas) {
        CanvasCommands commands = canvas.commands();
        actions.register(action(ActionRegistry.DELETE_STATES, "_Delete (Del)", null, MaterialDesignD.DELETE_OUTLINE,
                commands::deleteSelection));
        actions.register(action(ActionRegistry.RENAME_STATE, "_Rename (F2)", null, MaterialDesignR.RENAME_BOX,
                commands::renameSelection));
        actions.register(action(ActionRegistry.DUPLICATE_STATES, "D_uplicate (Ctrl+D)", null,
                MaterialDesignC.CONTENT_DUPLICATE, commands::duplicateSelection));
        actions.register(action(ActionRegistry.COPY_STATES, "_Copy States (Ctrl+C)", null,
                MaterialDesignC.CONTENT_COPY, commands::copySelection));
        actions.register(action(ActionRegistry.CUT_STATES, "Cu_t States (Ctrl+X)", null, MaterialDesignC.CONTENT_CUT,
                commands::cutSelection));
        actions.register(action(ActionRegistry.PASTE_STATES, "_Paste States (Ctrl+V)", null,
                MaterialDesignC.CONTENT_PASTE, commands::paste));
        actions.register(action(ActionRegistry.SET_START, "Set as _Start", null, MaterialDesignF.FLAG_OUTLINE,
                commands::setStartFromSelection));
        actions.register(action(ActionRegistry.TIDY_UP, "_Tidy Up Layout", null, MaterialDesignA.AUTO_FIX,
                commands::tidyUp));
        contextMenu(actions, canvas);
        actions.register(action(ActionRegistry.ZOOM_IN, "Zoom _In", shortcut(KeyCode.EQUALS),
                MaterialDesignM.MAGNIFY_PLUS_OUTLINE, canvas::zoomIn));
        actions.register(action(ActionRegistry.ZOOM_OUT, "Zoom _Out", shortcut(KeyCode.MINUS),
                MaterialDesignM.MAGNIFY_MINUS_OUTLINE, canvas::zoomOut));
        actions.register(action(ActionRegistry.ZOOM_RESET, "_Actual Size", shortcut(KeyCode.DIGIT0), null,
                canvas::zoomReset));
        actions.register(action(ActionRegistry.FIT, "_Fit to Window", shortcut(KeyCode.DIGIT1),
                MaterialDesignF.FIT_TO_PAGE_OUTLINE, canvas::fitToWindow));
    }

    /** Right-clicking the canvas offers the edit commands on what is selected (the node clicked is selected). */
    private static void contextMenu(ActionRegistry actions, CanvasView canvas) {
        ContextMenu menu = new ContextMenu();
        for (String id : List.of(ActionRegistry.RENAME_STATE, ActionRegistry.DUPLICATE_STATES,
                ActionRegistry.DELETE_STATES, ActionRegistry.CUT_STATES, ActionRegistry.COPY_STATES,
                ActionRegistry.PASTE_STATES, ActionRegistry.SET_START, ActionRegistry.TIDY_UP)) {
            MenuItem item = actions.menuItem(id);
            item.setId(id + ".context");
            menu.getItems().add(item);
            if (id.equals(ActionRegistry.DELETE_STATES) || id.equals(ActionRegistry.PASTE_STATES)) {
                menu.getItems().add(new SeparatorMenuItem());
            }
        }
        canvas.node().setOnContextMenuRequested(event -> {
            menu.show(canvas.node(), event.getScreenX(), event.getScreenY());
            event.consume();
        });
    }

    private static AppAction action(String id, String label, @Nullable KeyCombination key, @Nullable Ikon icon,
            Runnable handler) {
        return new AppAction(id, label, key, icon, ALWAYS, handler);
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }
}
