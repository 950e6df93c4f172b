package statewise.app.actions;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.control.MenuItem;

/**
 * The actions of a window, by id. Menus (and later toolbars, the context pad and key bindings) look actions up
 * here instead of wiring handlers themselves.
 */
public final class ActionRegistry {

    /** Opens a definition chosen in a file dialog. */
    public static final String OPEN = "file.open";

    /** Closes the window and ends the program. */
    public static final String QUIT = "app.quit";

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

    /** A menu item that runs the action, with its label and shortcut. */
    public MenuItem menuItem(String id) {
        AppAction action = get(id);
        MenuItem item = new MenuItem(action.label());
        item.setId(id);
        item.setAccelerator(action.accelerator());
        item.setOnAction(event -> action.handler().run());
        return item;
    }
}
