package statewise.app.shell;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Window;
import org.jspecify.annotations.Nullable;
import statewise.app.files.Draft;
import statewise.app.files.LoadFailure;
import statewise.engine.template.TemplateStateMachine;

/**
 * The questions the window asks: save before closing, reload a file changed elsewhere, restore unsaved work after a
 * crash, which state machine of a template to import, and why a file could not be opened. Messages are plain
 * sentences; no stack trace ever reaches a dialog.
 */
final class Dialogs {

    /** What to do with unsaved changes. */
    enum UnsavedChoice {
        SAVE, DISCARD, CANCEL
    }

    static final ButtonType SAVE = new ButtonType("Save", ButtonData.YES);
    static final ButtonType DONT_SAVE = new ButtonType("Don't Save", ButtonData.NO);
    static final ButtonType RELOAD = new ButtonType("Reload", ButtonData.YES);
    static final ButtonType KEEP = new ButtonType("Keep My Version", ButtonData.NO);
    static final ButtonType RESTORE = new ButtonType("Restore", ButtonData.YES);
    static final ButtonType DISCARD = new ButtonType("Discard", ButtonData.NO);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
            .withZone(ZoneId.systemDefault());

    private Dialogs() {
    }

    static UnsavedChoice askSave(Window owner, String name) {
        Alert alert = alert(owner, Alert.AlertType.CONFIRMATION, "Save changes to " + name + "?",
                "Your changes are lost if you don't save them.", SAVE, DONT_SAVE, ButtonType.CANCEL);
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return UnsavedChoice.CANCEL;
        }
        return answer.get() == SAVE ? UnsavedChoice.SAVE : UnsavedChoice.DISCARD;
    }

    static boolean askReload(Window owner, String name, boolean dirty) {
        String detail = dirty ? "Reloading replaces your unsaved changes with the file's new content."
                : "Reload to see the new content.";
        Alert alert = alert(owner, Alert.AlertType.CONFIRMATION, name + " was changed by another program.", detail,
                RELOAD, KEEP);
        return alert.showAndWait().filter(RELOAD::equals).isPresent();
    }

    static boolean askRestore(Window owner, Draft draft) {
        String where = draft.file() == null ? "" : "\n\n" + draft.file();
        Alert alert = alert(owner, Alert.AlertType.CONFIRMATION, "Restore unsaved work?",
                "Statewise closed without saving " + draft.name() + " (last copied " + TIME.format(draft.savedAt())
                        + "). Restore it?" + where, RESTORE, DISCARD);
        return alert.showAndWait().filter(RESTORE::equals).isPresent();
    }

    /** Which of a template's state machines to open; null when the user cancelled. */
    static @Nullable TemplateStateMachine askStateMachine(Window owner, String template,
            List<TemplateStateMachine> machines) {
        List<String> labels = machines.stream().map(m -> m.logicalId() + "  (" + m.source() + ")").toList();
        ChoiceDialog<String> dialog = new ChoiceDialog<>(labels.get(0), labels);
        dialog.initOwner(owner);
        dialog.setTitle(WindowTitle.APP_NAME);
        dialog.setHeaderText(template + " defines " + machines.size() + " state machines.");
        dialog.setContentText("Open:");
        if (owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        return dialog.showAndWait().map(chosen -> machines.get(labels.indexOf(chosen))).orElse(null);
    }

    static void showOpenFailure(Window owner, LoadFailure failure) {
        String reason = failure.reason();
        String sentence = reason.isEmpty() ? "" : reason.substring(0, 1).toUpperCase(Locale.ROOT) + reason.substring(1);
        alert(owner, Alert.AlertType.ERROR, "Cannot open " + failure.name(), sentence + ".\n\n" + failure.location())
                .show();
    }

    static void showError(Window owner, String header, String detail) {
        alert(owner, Alert.AlertType.ERROR, header, detail).show();
    }

    private static Alert alert(Window owner, Alert.AlertType type, String header, String content,
            ButtonType... buttons) {
        Alert alert = new Alert(type, content, buttons);
        alert.initOwner(owner);
        alert.setTitle(WindowTitle.APP_NAME);
        alert.setHeaderText(header);
        if (owner.getScene() != null) {
            alert.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        return alert;
    }
}
