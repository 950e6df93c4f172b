package statewise.app.export;

import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;
import statewise.themes.Theme;

/**
 * Asks how to draw the diagram for File → Export: the theme (the one the window shows, preselected) and, for the
 * PNG, the scale. Built in code; only the FX thread uses it.
 */
final class DiagramOptionsDialog {

    /** Node ids, for tests. */
    static final String THEME_ID = "export-theme";
    static final String SCALE_ID = "export-scale";

    private DiagramOptionsDialog() {
    }

    /** The options the user chose for exporting the diagram as {@code kind}, or empty when cancelled. */
    static Optional<DiagramOptions> ask(Window owner, ExportKind kind, Theme current) {
        ComboBox<Theme> theme = new ComboBox<>();
        theme.setId(THEME_ID);
        theme.getItems().setAll(Theme.values());
        theme.setValue(current);
        theme.setConverter(new StringConverter<>() {
            @Override
            public String toString(Theme value) {
                return value == null ? "" : value.label();
            }

            @Override
            public Theme fromString(String label) {
                return theme.getItems().stream().filter(t -> t.label().equals(label)).findFirst().orElse(current);
            }
        });
        ComboBox<String> scale = new ComboBox<>();
        scale.setId(SCALE_ID);
        scale.getItems().setAll(DiagramOptions.SCALES);
        scale.setValue(DiagramOptions.SCALES.get(1));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Theme:"), theme);
        if (kind == ExportKind.PNG) {
            grid.addRow(1, new Label("Scale (image pixels per point of the diagram):"), scale);
        }
        Dialog<DiagramOptions> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Export");
        dialog.setHeaderText("Export the diagram as " + (kind == ExportKind.PNG ? "PNG" : "SVG"));
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.OK
                ? new DiagramOptions(theme.getValue(), DiagramOptions.scaleOf(scale.getValue())) : null);
        return dialog.showAndWait();
    }
}
