package statewise.app.actions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import statewise.app.fx.LazyTips;

/**
 * The actions of a window, by id. Menus, toolbars and key bindings look actions up here instead of wiring handlers
 * themselves, so an action added once appears everywhere with the same label, shortcut and enabled state.
 */
public final class ActionRegistry {

    public static final String NEW_BLANK = "file.new.blank";
    public static final String NEW_HELLO = "file.new.hello";
    public static final String NEW_ORDER = "file.new.order";
    public static final String OPEN = "file.open";
    public static final String IMPORT_TEMPLATE = "file.importTemplate";
    public static final String SAVE = "file.save";
    public static final String SAVE_AS = "file.saveAs";
    public static final String QUIT = "app.quit";
    public static final String UNDO = "edit.undo";
    public static final String REDO = "edit.redo";
    public static final String FIND = "edit.find";
    public static final String REPLACE = "edit.replace";
    public static final String COMPLETE = "edit.complete";
    public static final String FORMAT = "edit.format";
    public static final String GO_TO_STATE = "navigate.state";
    public static final String TOGGLE_EDITOR = "view.editor";
    public static final String TOGGLE_PROBLEMS = "view.problems";
    public static final String TOGGLE_GRID = "view.grid";
    public static final String RESET_LAYOUT = "view.resetLayout";
    public static final String ABOUT = "help.about";
    public static final String SHORTCUTS = "help.shortcuts";
    /** Prefix of File → Open Example's actions; the example's id follows, e.g. {@code file.example.order-saga}. */
    public static final String OPEN_EXAMPLE = "file.example.";
    public static final String DELETE_STATES = "diagram.delete";
    public static final String RENAME_STATE = "diagram.rename";
    public static final String DUPLICATE_STATES = "diagram.duplicate";
    public static final String COPY_STATES = "diagram.copy";
    public static final String CUT_STATES = "diagram.cut";
    public static final String PASTE_STATES = "diagram.paste";
    public static final String SET_START = "diagram.setStart";
    public static final String TIDY_UP = "diagram.tidyUp";
    public static final String ZOOM_IN = "diagram.zoomIn";
    public static final String ZOOM_OUT = "diagram.zoomOut";
    public static final String ZOOM_RESET = "diagram.zoomReset";
    public static final String FIT = "diagram.fit";
    public static final String EDIT_MOCKS = "mocks.edit";
    public static final String MOCK_STATE = "mocks.mockState";

    private final Map<String, AppAction> actions = new LinkedHashMap<>();

    public void register(AppAction action) {
        if (actions.putIfAbsent(action.id(), action) != null) {
            throw new IllegalArgumentException("Action registered twice: " + action.id());
        }
    }

    public AppAction get(String id) {
        AppAction action = actions.get(id);
        if (action == null) {
            throw new IllegalArgumentException("No action " + id);
        }
        return action;
    }

    /** Every registered action, in registration order. */
    public List<AppAction> all() {
        return List.copyOf(actions.values());
    }

    /** Runs the action with this id if it is enabled. */
    public void run(String id) {
        AppAction action = get(id);
        if (action.enabled().get()) {
            action.handler().run();
        }
    }

    /**
     * A menu item that runs the action, with its label, icon and shortcut, disabled when the action is; the icon is
     * made when the item's menu first opens ({@link MenuIcons}).
     */
    public MenuItem menuItem(String id) {
        AppAction action = get(id);
        MenuItem item = new MenuItem(action.label());
        item.setId(id);
        item.setAccelerator(action.accelerator());
        Ikon icon = action.icon();
        if (icon != null) {
            MenuIcons.defer(item, icon);
        }
        item.disableProperty().bind(Bindings.not(action.enabled()));
        item.setOnAction(event -> action.handler().run());
        return item;
    }

    /** A toolbar button with the action's icon and a tooltip naming it and its shortcut. */
    public Button toolbarButton(String id) {
        AppAction action = get(id);
        Button button = new Button(null, action.icon() == null ? null : new FontIcon(action.icon()));
        button.setId("tool-" + id);
        button.getStyleClass().add("tool-button");
        String shortcut = action.accelerator() == null ? "" : " (" + action.accelerator().getDisplayText() + ")";
        LazyTips.install(button, action.plainLabel().replace("…", "") + shortcut);
        button.disableProperty().bind(Bindings.not(action.enabled()));
        button.setFocusTraversable(false);
        button.setOnAction(event -> action.handler().run());
        return button;
    }
}
