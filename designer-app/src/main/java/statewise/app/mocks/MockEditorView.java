package statewise.app.mocks;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.jspecify.annotations.Nullable;

/**
 * The mock editor's window: the test cases on the left (add from the skeleton, rename, remove), and for the chosen
 * one its mocked responses and its expectations; Save, Undo and Redo on top (Ctrl+S, Ctrl+Z, Ctrl+Y work in every
 * field, walking the editor's own history), and a question before unsaved edits are thrown away.
 */
public final class MockEditorView {

    static final String ID = "mock-editor";
    static final String CASES_ID = "mock-test-cases";
    static final String ADD_CASE_ID = "mock-case-add";
    static final String RENAME_CASE_ID = "mock-case-rename";
    static final String REMOVE_CASE_ID = "mock-case-remove";
    static final String SAVE_ID = "mock-save";
    static final String MESSAGE_ID = "mock-message";
    static final String EXPECTATIONS_TAB = "Expectations";

    private static final ButtonType SAVE = new ButtonType("Save", ButtonData.YES);
    private static final ButtonType DISCARD = new ButtonType("Discard", ButtonData.NO);

    private final MockEditorViewModel model;
    private final Stage stage = new Stage();

    /** A window owned by {@code owner}, styled as it is; {@code saved} runs after each save. */
    public MockEditorView(MockEditorViewModel model, Window owner, Runnable saved) {
        this.model = model;
        Button save = button("Save", SAVE_ID, () -> model.save(saved));
        save.disableProperty().bind(model.dirtyProperty().not());
        Button undo = button("Undo", "mock-undo", model::undo);
        undo.disableProperty().bind(model.canUndoProperty().not());
        Button redo = button("Redo", "mock-redo", model::redo);
        redo.disableProperty().bind(model.canRedoProperty().not());
        Label files = new Label();
        files.textProperty().bind(model.filesProperty());
        ToolBar bar = new ToolBar(save, new Separator(), undo, redo, new Separator(), files);
        TabPane tabs = new TabPane(tab("Mocked responses", new ResponsePane(model).node()),
                tab(EXPECTATIONS_TAB, new ExpectationPane(model.expectation()).node()));
        SplitPane columns = new SplitPane(cases(), tabs);
        columns.setDividerPositions(0.25);
        columns.disableProperty().bind(model.readyProperty().not());
        Label message = new Label();
        message.setId(MESSAGE_ID);
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.setPadding(new Insets(4, 8, 4, 8));
        BorderPane root = new BorderPane(columns, bar, null, message, null);
        root.setId(ID);
        root.setUserData(model);
        root.getStyleClass().add("mock-editor");
        Scene scene = new Scene(root, 1000, 640);
        if (owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        scene.getStylesheets().add(Objects.requireNonNull(MockEditorView.class.getResource("mocks.css"))
                .toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> keys(event, saved));
        stage.setScene(scene);
        stage.initOwner(owner);
        stage.titleProperty().bind(model.filesProperty().concat(model.dirtyProperty().map(d -> d ? " •" : ""))
                .concat(" — Mock Editor"));
        stage.setOnCloseRequest(event -> {
            if (!confirmClose(saved)) {
                event.consume();
            }
        });
    }

    public MockEditorViewModel model() {
        return model;
    }

    public Stage stage() {
        return stage;
    }

    /** Shows the window in front. */
    public void show() {
        stage.show();
        stage.toFront();
    }

    /** Whether the window may close: nothing unsaved, or the person chose to save or discard it. */
    boolean confirmClose(Runnable saved) {
        if (!model.dirtyProperty().get()) {
            return true;
        }
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Your edits of the mocks and expectations are lost if "
                + "you don't save them.", SAVE, DISCARD, ButtonType.CANCEL);
        alert.initOwner(stage);
        alert.setHeaderText("Save the mock editor's changes?");
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return false;
        }
        if (answer.get() == SAVE) {
            model.save(saved);
        }
        return true;
    }

    private Region cases() {
        ListView<String> list = new ListView<>(model.testCases());
        list.setId(CASES_ID);
        list.setPlaceholder(new Label("No test cases yet:\nadd one"));
        bindChoice(list, model.testCaseProperty(), name -> name);
        Button add = button("Add…", ADD_CASE_ID, () -> ask("Add a test case", "A new test case mocks every Task "
                + "state with a placeholder answer.", "TestCase" + (model.testCases().size() + 1))
                .ifPresent(model.edits()::addTestCase));
        Button rename = button("Rename…", RENAME_CASE_ID, () -> ask("Rename the test case", "Its test in the "
                + "expectations file is renamed with it.", model.testCaseProperty().get())
                .ifPresent(model.edits()::renameTestCase));
        rename.disableProperty().bind(model.testCaseProperty().isNull());
        Button remove = button("Remove", REMOVE_CASE_ID, model.edits()::removeTestCase);
        remove.disableProperty().bind(model.testCaseProperty().isNull());
        VBox.setVgrow(list, Priority.ALWAYS);
        FlowPane buttons = new FlowPane(6, 6, add, rename, remove);
        buttons.getChildren().forEach(b -> ((Region) b).setMinWidth(Region.USE_PREF_SIZE));
        return column("Test cases", list, buttons);
    }

    private Optional<String> ask(String title, String header, @Nullable String suggestion) {
        TextInputDialog dialog = new TextInputDialog(suggestion == null ? "" : suggestion);
        dialog.initOwner(stage);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.setContentText("Name");
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    private void keys(KeyEvent event, Runnable saved) {
        if (new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN).match(event)) {
            model.undo();
        } else if (new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN).match(event)
                || new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)
                .match(event)) {
            model.redo();
        } else if (new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN).match(event)) {
            model.save(saved);
        } else {
            return;
        }
        event.consume();
    }

    /** Keeps {@code list}'s selection and {@code choice} (an item's key) the same both ways. */
    static <T> void bindChoice(ListView<T> list, StringProperty choice, Function<T, String> key) {
        list.getSelectionModel().selectedItemProperty().addListener((property, old, item) -> {
            if (item != null && !key.apply(item).equals(choice.get())) {
                choice.set(key.apply(item));
            }
        });
        Runnable select = () -> {
            ObservableList<T> items = list.getItems();
            for (int i = 0; i < items.size(); i++) {
                if (key.apply(items.get(i)).equals(choice.get())) {
                    list.getSelectionModel().select(i);
                    return;
                }
            }
            list.getSelectionModel().clearSelection();
        };
        choice.addListener((property, old, now) -> select.run());
        list.getItems().addListener((ListChangeListener<T>) change -> select.run());
    }

    static Button button(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }

    static VBox column(String title, Node... children) {
        Label heading = new Label(title);
        heading.getStyleClass().add("mock-heading");
        VBox box = new VBox(6, heading);
        box.getChildren().addAll(children);
        box.setPadding(new Insets(6));
        return box;
    }

    static Label problem(String id, ReadOnlyStringProperty text) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("mock-problem");
        label.setWrapText(true);
        label.textProperty().bind(text);
        label.managedProperty().bind(text.isNotEmpty());
        label.visibleProperty().bind(text.isNotEmpty());
        return label;
    }

    private static Tab tab(String title, Region content) {
        Tab tab = new Tab(title, content);
        tab.setClosable(false);
        return tab;
    }
}
