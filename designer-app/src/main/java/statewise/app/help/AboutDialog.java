package statewise.app.help;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.event.ActionEvent;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Help → About Statewise: what this program is and the versions it runs with (Statewise, the engine, Java, JavaFX,
 * the libraries), read from the running program, with a button that copies them for a bug report.
 */
public final class AboutDialog {

    /** Node ids and the copy button, for tests. */
    public static final String FACTS_ID = "about-facts";
    public static final String LIBRARIES_ID = "about-libraries";
    public static final ButtonType COPY = new ButtonType("Copy Versions", ButtonData.LEFT);

    private AboutDialog() {
    }

    public static void show(Window owner) {
        AboutFacts facts = AboutFacts.current();
        GridPane grid = new GridPane();
        grid.setId(FACTS_ID);
        grid.setHgap(16);
        grid.setVgap(4);
        int row = 0;
        for (Map.Entry<String, String> fact : facts.runtime().entrySet()) {
            Label value = new Label(fact.getValue());
            value.setId("about-" + fact.getKey().toLowerCase(Locale.ROOT).replace(' ', '-'));
            grid.addRow(row++, new Label(fact.getKey()), value);
        }
        TableView<Library> libraries = new TableView<>();
        libraries.setId(LIBRARIES_ID);
        libraries.getItems().setAll(facts.libraries());
        libraries.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        libraries.getColumns().add(column("Library", Library::name, 320));
        libraries.getColumns().add(column("Version", Library::version, 120));
        libraries.setPrefHeight(260);
        VBox.setVgrow(libraries, Priority.ALWAYS);
        Label what = new Label("A designer, debugger and local runner for AWS Step Functions state machines.");
        what.setWrapText(true);
        VBox content = new VBox(12, what, grid, libraries);
        content.setPrefWidth(560);

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("About Statewise");
        dialog.setHeaderText("Statewise " + facts.statewise());
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(COPY, ButtonType.CLOSE);
        dialog.getDialogPane().getStyleClass().add("about-dialog");
        if (owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        Button copy = (Button) dialog.getDialogPane().lookupButton(COPY);
        copy.addEventFilter(ActionEvent.ACTION, event -> {
            ClipboardContent text = new ClipboardContent();
            text.putString(facts.asText());
            Clipboard.getSystemClipboard().setContent(text);
            copy.setText("Copied");
            event.consume();
        });
        dialog.show();
    }

    private static TableColumn<Library, String> column(String title, Function<Library, String> value, double width) {
        TableColumn<Library, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
