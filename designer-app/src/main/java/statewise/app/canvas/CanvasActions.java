package statewise.app.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Point2D;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
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
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import statewise.app.actions.ActionRegistry;
import statewise.app.actions.AppAction;
import statewise.engine.model.StateType;

/**
 * Registers the canvas's actions for menus and toolbars. Zooming has window-wide shortcuts (Ctrl+=, Ctrl+-,
 * Ctrl+0, Ctrl+1 to fit); the editing keys ({@link CanvasKeys}: Delete, F2, Ctrl+D, Ctrl+C/X/V, Ctrl+F,
 * Ctrl+Enter, arrows) act only while the canvas has the focus, so they never take a key from the ASL editor, and
 * are therefore not registered as accelerators here; the labels name them.
 */
public final class CanvasActions {

    public static final String FIND_STATE = "diagram.find";
    public static final String APPEND = "diagram.append";
    public static final String ADD_CATCH = "diagram.addCatch";
    public static final String WRAP_PARALLEL = "diagram.wrapParallel";
    public static final String WRAP_MAP = "diagram.wrapMap";
    public static final String CONVERT_QUERY = "diagram.convertQueryLanguage";

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
        registerTools(actions, commands);
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

    /** The context pad's tools, find and arrange; their keys act while the canvas has the keyboard. */
    private static void registerTools(ActionRegistry actions, CanvasCommands commands) {
        actions.register(action(FIND_STATE, "Find State on Canvas… (Ctrl+F)", null, MaterialDesignM.MAGNIFY,
                commands::find));
        actions.register(action(APPEND, "_Append State (Ctrl+Enter)", null, MaterialDesignA.ARROW_DOWN_BOLD_OUTLINE,
                () -> commands.append(StateType.PASS)));
        actions.register(action(ADD_CATCH, "Add _Catch", null, MaterialDesignS.SHIELD_ALERT_OUTLINE,
                commands::addCatch));
        actions.register(action(WRAP_PARALLEL, "Wrap in _Parallel", null, MaterialDesignT.TABLE_COLUMN,
                () -> commands.wrap(StateType.PARALLEL)));
        actions.register(action(WRAP_MAP, "Wrap in _Map", null, MaterialDesignT.TABLE_LARGE,
                () -> commands.wrap(StateType.MAP)));
        actions.register(action(CONVERT_QUERY, "Convert _Query Language", null, MaterialDesignT.TRANSLATE,
                commands::convertQueryLanguage));
        for (Arrange how : Arrange.values()) {
            actions.register(action(arrangeId(how), how.label(), null, null, () -> commands.arrange(how)));
        }
    }

    /** The id of the action that aligns or distributes {@code how}. */
    public static String arrangeId(Arrange how) {
        return "arrange." + how.name().toLowerCase(Locale.ROOT);
    }

    /** Edit → Arrange: align and distribute the selected states. */
    public static Menu arrangeMenu(ActionRegistry actions) {
        Menu menu = new Menu("_Arrange");
        menu.setId("menu-arrange");
        for (Arrange how : Arrange.values()) {
            if (how == Arrange.DISTRIBUTE_ACROSS) {
                menu.getItems().add(new SeparatorMenuItem());
            }
            menu.getItems().add(actions.menuItem(arrangeId(how)));
        }
        return menu;
    }

    /** The Diagram menu's tools for the selected state: find, append, Catch, wrap, convert. */
    public static List<MenuItem> toolItems(ActionRegistry actions) {
        List<MenuItem> items = new ArrayList<>();
        items.add(new SeparatorMenuItem());
        for (String id : List.of(FIND_STATE, APPEND, ADD_CATCH, WRAP_PARALLEL, WRAP_MAP, CONVERT_QUERY)) {
            items.add(actions.menuItem(id));
        }
        return items;
    }

    /** Right-clicking the canvas offers the edit commands on what is selected (the node clicked is selected). */
    private static void contextMenu(ActionRegistry actions, CanvasView canvas) {
        ContextMenu menu = new ContextMenu();
        for (String id : List.of(ActionRegistry.RENAME_STATE, ActionRegistry.DUPLICATE_STATES,
                ActionRegistry.DELETE_STATES, ActionRegistry.CUT_STATES, ActionRegistry.COPY_STATES,
                ActionRegistry.PASTE_STATES, ActionRegistry.SET_START, ActionRegistry.TIDY_UP,
                ActionRegistry.MOCK_STATE)) {
            MenuItem item = actions.menuItem(id);
            item.setId(id + ".context");
            menu.getItems().add(item);
            if (id.equals(ActionRegistry.DELETE_STATES) || id.equals(ActionRegistry.PASTE_STATES)
                    || id.equals(ActionRegistry.TIDY_UP)) {
                menu.getItems().add(new SeparatorMenuItem());
            }
        }
        canvas.node().setOnContextMenuRequested(event -> {
            ContextMenu edgeMenu = EdgeMenu.at(canvas, new Point2D(event.getSceneX(), event.getSceneY()));
            (edgeMenu != null ? edgeMenu : menu).show(canvas.node(), event.getScreenX(), event.getScreenY());
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
