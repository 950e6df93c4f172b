package statewise.app.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToolBar;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import statewise.app.actions.ActionRegistry;
import statewise.app.canvas.CanvasActions;
import statewise.app.debug.DebugActions;
import statewise.app.examples.Example;
import statewise.app.fx.LazyTips;
import statewise.app.export.ExportActions;

/**
 * The menu bar and the toolbar, both built from the {@link ActionRegistry}, so each command has one label, icon,
 * shortcut and enabled state wherever it appears.
 */
final class WindowMenus {

    /** Node ids, for tests. */
    static final String RECENT_ID = "menu-recent";
    static final String EXAMPLES_ID = "menu-examples";
    static final String NEW_BUTTON_ID = "tool-new";

    private static final String[] NEW_ITEMS = {ActionRegistry.NEW_BLANK, ActionRegistry.NEW_HELLO,
        ActionRegistry.NEW_ORDER};

    private WindowMenus() {
    }

    /**
     * The menu bar; {@code recent} lists recent files when the Open Recent menu opens, and {@code openRecent} opens
     * one; {@code theme} goes at the end of the View menu.
     */
    static MenuBar menuBar(ActionRegistry actions, Supplier<List<String>> recent, Consumer<Path> openRecent,
            Runnable clearRecent, Menu theme) {
        Menu newMenu = new Menu("_New");
        for (String id : NEW_ITEMS) {
            newMenu.getItems().add(actions.menuItem(id));
        }
        Menu recentMenu = new Menu("Open _Recent");
        recentMenu.setId(RECENT_ID);
        recentMenu.getItems().add(new MenuItem("(none)"));
        recentMenu.setOnShowing(event -> fillRecent(recentMenu, recent.get(), openRecent, clearRecent));
        Menu examples = new Menu("Open E_xample");
        examples.setId(EXAMPLES_ID);
        for (Example example : Example.values()) {
            examples.getItems().add(actions.menuItem(ActionRegistry.OPEN_EXAMPLE + example.id()));
        }
        Menu file = new Menu("_File", null, newMenu, actions.menuItem(ActionRegistry.OPEN), recentMenu, examples,
                actions.menuItem(ActionRegistry.IMPORT_TEMPLATE), new SeparatorMenuItem(),
                actions.menuItem(ActionRegistry.SAVE), actions.menuItem(ActionRegistry.SAVE_AS),
                ExportActions.menu(actions),
                new SeparatorMenuItem(), actions.menuItem(DebugActions.OPEN_HISTORY),
                new SeparatorMenuItem(), actions.menuItem(ActionRegistry.QUIT));
        Menu edit = new Menu("_Edit", null, actions.menuItem(ActionRegistry.UNDO),
                actions.menuItem(ActionRegistry.REDO), new SeparatorMenuItem(), actions.menuItem(ActionRegistry.FIND),
                actions.menuItem(ActionRegistry.REPLACE), new SeparatorMenuItem(),
                actions.menuItem(ActionRegistry.COMPLETE), actions.menuItem(ActionRegistry.FORMAT),
                new SeparatorMenuItem(), CanvasActions.arrangeMenu(actions));
        Menu navigate = new Menu("_Navigate", null, actions.menuItem(ActionRegistry.GO_TO_STATE));
        Menu diagram = new Menu("_Diagram", null, actions.menuItem(ActionRegistry.DELETE_STATES),
                actions.menuItem(ActionRegistry.RENAME_STATE), actions.menuItem(ActionRegistry.DUPLICATE_STATES),
                new SeparatorMenuItem(), actions.menuItem(ActionRegistry.CUT_STATES),
                actions.menuItem(ActionRegistry.COPY_STATES), actions.menuItem(ActionRegistry.PASTE_STATES),
                new SeparatorMenuItem(), actions.menuItem(ActionRegistry.SET_START),
                actions.menuItem(ActionRegistry.TIDY_UP));
        diagram.getItems().addAll(CanvasActions.toolItems(actions));
        Menu view = new Menu("_View", null, actions.menuItem(ActionRegistry.ZOOM_IN),
                actions.menuItem(ActionRegistry.ZOOM_OUT), actions.menuItem(ActionRegistry.ZOOM_RESET),
                actions.menuItem(ActionRegistry.FIT), actions.menuItem(ActionRegistry.TOGGLE_GRID),
                new SeparatorMenuItem(),
                actions.menuItem(ActionRegistry.TOGGLE_EDITOR),
                actions.menuItem(ActionRegistry.TOGGLE_PROBLEMS), new SeparatorMenuItem(),
                actions.menuItem(ActionRegistry.RESET_LAYOUT), new SeparatorMenuItem(), theme);
        Menu run = new Menu("_Run", null, actions.menuItem(DebugActions.RUN), actions.menuItem(DebugActions.DEBUG),
                actions.menuItem(DebugActions.STOP), new SeparatorMenuItem(), actions.menuItem(DebugActions.PAUSE),
                actions.menuItem(DebugActions.STEP_EVENT), actions.menuItem(DebugActions.STEP_STATE),
                actions.menuItem(DebugActions.RESUME), new SeparatorMenuItem(),
                actions.menuItem(DebugActions.TOGGLE_BREAKPOINT), actions.menuItem(DebugActions.BREAKPOINT_LIMIT),
                actions.menuItem(DebugActions.RERUN), actions.menuItem(DebugActions.RERUN_FROM_HERE),
                new SeparatorMenuItem(), actions.menuItem(ActionRegistry.EDIT_MOCKS));
        Menu help = new Menu("_Help", null, actions.menuItem(ActionRegistry.SHORTCUTS), new SeparatorMenuItem(),
                actions.menuItem(ActionRegistry.ABOUT));
        MenuBar bar = new MenuBar(file, edit, diagram, navigate, run, view, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    static ToolBar toolBar(ActionRegistry actions) {
        MenuButton newButton = new MenuButton(null, new FontIcon(MaterialDesignF.FILE_PLUS_OUTLINE));
        newButton.setId(NEW_BUTTON_ID);
        newButton.getStyleClass().add("tool-button");
        LazyTips.install(newButton, "New from a template");
        newButton.setFocusTraversable(false);
        for (String id : NEW_ITEMS) {
            MenuItem item = actions.menuItem(id);
            item.setId(id + ".tool");
            item.setAccelerator(null);
            newButton.getItems().add(item);
        }
        ToolBar bar = new ToolBar(newButton, actions.toolbarButton(ActionRegistry.OPEN),
                actions.toolbarButton(ActionRegistry.SAVE), new Separator(),
                actions.toolbarButton(ActionRegistry.UNDO), actions.toolbarButton(ActionRegistry.REDO), new Separator(),
                actions.toolbarButton(ActionRegistry.FIND), actions.toolbarButton(ActionRegistry.FORMAT),
                actions.toolbarButton(ActionRegistry.GO_TO_STATE), new Separator(),
                actions.toolbarButton(ActionRegistry.ZOOM_OUT), actions.toolbarButton(ActionRegistry.ZOOM_IN),
                actions.toolbarButton(ActionRegistry.FIT), actions.toolbarButton(ActionRegistry.TIDY_UP),
                new Separator(),
                actions.toolbarButton(ActionRegistry.TOGGLE_EDITOR),
                actions.toolbarButton(ActionRegistry.TOGGLE_PROBLEMS));
        bar.getStyleClass().add("main-toolbar");
        return bar;
    }

    private static void fillRecent(Menu menu, List<String> recent, Consumer<Path> open, Runnable clear) {
        menu.getItems().clear();
        if (recent.isEmpty()) {
            MenuItem none = new MenuItem("No recent files");
            none.setDisable(true);
            menu.getItems().add(none);
            return;
        }
        for (String path : recent) {
            Path file = Path.of(path);
            MenuItem item = new MenuItem(file.getFileName() + "  —  " + shorten(file.getParent()));
            item.setMnemonicParsing(false);
            item.setOnAction(event -> open.accept(file));
            menu.getItems().add(item);
        }
        MenuItem clearItem = new MenuItem("Clear Recent Files");
        clearItem.setOnAction(event -> clear.run());
        menu.getItems().addAll(new SeparatorMenuItem(), clearItem);
    }

    private static String shorten(Path folder) {
        if (folder == null) {
            return "";
        }
        String home = System.getProperty("user.home", "");
        String text = folder.toString();
        return !home.isEmpty() && text.startsWith(home) ? "~" + text.substring(home.length()) : text;
    }
}
