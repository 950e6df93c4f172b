package statewise.app.shell;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.jspecify.annotations.Nullable;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignG;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignK;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;
import statewise.app.actions.ActionRegistry;
import statewise.app.actions.AppAction;
import statewise.app.editor.Formatter;
import statewise.app.examples.Example;
import statewise.app.files.Template;
import statewise.app.help.AboutDialog;
import statewise.app.help.ShortcutsDialog;
import statewise.app.outline.GoToStateDialog;
import statewise.app.outline.StateRows;
import statewise.app.prefs.UserSettings;
import statewise.app.session.DocumentSession;

/** Registers the main window's actions: what each menu item, toolbar button and shortcut does. */
final class WindowActions {

    private static final ObservableBooleanValue ALWAYS = new ReadOnlyBooleanWrapper(true).getReadOnlyProperty();

    private WindowActions() {
    }

    static void register(MainWindow window, ActionRegistry actions) {
        FileActions files = window.files();
        actions.register(action(ActionRegistry.NEW_BLANK, "_Blank", shortcut(KeyCode.N), MaterialDesignF.FILE_OUTLINE,
                () -> files.newFrom(Template.BLANK)));
        actions.register(action(ActionRegistry.NEW_HELLO, "_Hello World", null, MaterialDesignL.LIGHTBULB_ON_OUTLINE,
                () -> files.newFrom(Template.HELLO_WORLD)));
        actions.register(action(ActionRegistry.NEW_ORDER, "_Order Processing", null, MaterialDesignC.CART_OUTLINE,
                () -> files.newFrom(Template.ORDER_PROCESSING)));
        actions.register(action(ActionRegistry.OPEN, "_Open…", shortcut(KeyCode.O), MaterialDesignF.FOLDER_OPEN_OUTLINE,
                files::chooseAndOpen));
        actions.register(action(ActionRegistry.IMPORT_TEMPLATE, "_Import from CloudFormation/SAM Template…", null,
                MaterialDesignF.FILE_IMPORT_OUTLINE, files::chooseAndImportTemplate));
        actions.register(action(ActionRegistry.SAVE, "_Save", shortcut(KeyCode.S), MaterialDesignC.CONTENT_SAVE_OUTLINE,
                files::save));
        actions.register(action(ActionRegistry.SAVE_AS, "Save _As…", shiftShortcut(KeyCode.S),
                MaterialDesignC.CONTENT_SAVE_EDIT_OUTLINE, files::saveAs));
        actions.register(action(ActionRegistry.QUIT, "_Quit", shortcut(KeyCode.Q), MaterialDesignE.EXIT_TO_APP,
                window::requestClose));
        for (Example example : Example.values()) {
            actions.register(action(ActionRegistry.OPEN_EXAMPLE + example.id(), example.title(), null, null,
                    () -> files.openExample(example)));
        }
        registerEdit(window, actions);
        registerView(window, actions);
    }

    private static void registerEdit(MainWindow window, ActionRegistry actions) {
        DocumentSession session = window.session();
        actions.register(new AppAction(ActionRegistry.UNDO, "_Undo", shortcut(KeyCode.Z), MaterialDesignU.UNDO,
                session.canUndoProperty(), session::undo));
        actions.register(new AppAction(ActionRegistry.REDO, "_Redo", shiftShortcut(KeyCode.Z), MaterialDesignR.REDO,
                session.canRedoProperty(), session::redo));
        actions.register(action(ActionRegistry.FIND, "_Find…", shortcut(KeyCode.F), MaterialDesignM.MAGNIFY, () -> {
            if (window.canvas().node().isFocused()) {
                window.canvas().commands().find();
                return;
            }
            window.panes().editorShownProperty().set(true);
            window.editor().showFind(false);
        }));
        actions.register(action(ActionRegistry.REPLACE, "R_eplace…", shortcut(KeyCode.H),
                MaterialDesignF.FIND_REPLACE, () -> {
                    window.panes().editorShownProperty().set(true);
                    window.editor().showFind(true);
                }));
        actions.register(action(ActionRegistry.COMPLETE, "_Complete", shortcut(KeyCode.SPACE), null,
                () -> window.editor().showCompletion()));
        actions.register(action(ActionRegistry.FORMAT, "F_ormat", shiftShortcut(KeyCode.F),
                MaterialDesignC.CODE_BRACES, () -> format(window)));
        actions.register(action(ActionRegistry.GO_TO_STATE, "_Go to State…", shortcut(KeyCode.G),
                MaterialDesignC.CROSSHAIRS_GPS, () -> GoToStateDialog.ask(window.stage(),
                        StateRows.of(session.document().modelDocument()))
                        .ifPresent(row -> session.select(row.pointer(), null))));
    }

    private static void registerView(MainWindow window, ActionRegistry actions) {
        PaneLayout panes = window.panes();
        actions.register(action(ActionRegistry.TOGGLE_EDITOR, "Show/Hide ASL _Editor", shortcut(KeyCode.E),
                MaterialDesignD.DOCK_RIGHT, () -> panes.editorShownProperty().set(!panes.editorShownProperty().get())));
        actions.register(action(ActionRegistry.TOGGLE_PROBLEMS, "Show/Hide _Problems", shortcut(KeyCode.DIGIT6),
                MaterialDesignD.DOCK_BOTTOM,
                () -> panes.problemsShownProperty().set(!panes.problemsShownProperty().get())));
        BooleanProperty grid = window.canvas().gridShownProperty();
        actions.register(action(ActionRegistry.TOGGLE_GRID, "Show/Hide _Grid", null, MaterialDesignG.GRID,
                () -> grid.set(!grid.get())));
        actions.register(action(ActionRegistry.RESET_LAYOUT, "Reset _Layout", null, MaterialDesignV.VIEW_DASHBOARD_OUTLINE,
                () -> {
                    panes.apply(UserSettings.defaults());
                    window.inspector().setFormShare(UserSettings.INSPECTOR_SHARE);
                }));
        actions.register(action(ActionRegistry.SHORTCUTS, "_Keyboard Shortcuts", shortcut(KeyCode.SLASH),
                MaterialDesignK.KEYBOARD_OUTLINE, () -> ShortcutsDialog.show(window.stage(), actions)));
        actions.register(action(ActionRegistry.ABOUT, "_About Statewise", null, MaterialDesignI.INFORMATION_OUTLINE,
                () -> AboutDialog.show(window.stage())));
    }

    private static void format(MainWindow window) {
        Formatter.Outcome outcome = Formatter.format(window.session().document());
        outcome.patch().ifPresent(patch -> window.session().apply(patch, null));
        window.note(outcome.message());
    }

    private static AppAction action(String id, String label, @Nullable KeyCombination key, @Nullable Ikon icon,
            Runnable handler) {
        return new AppAction(id, label, key, icon, ALWAYS, handler);
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    private static KeyCombination shiftShortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    }
}
