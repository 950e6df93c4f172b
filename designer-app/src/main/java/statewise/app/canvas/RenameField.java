package statewise.app.canvas;

import java.util.function.Consumer;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import statewise.layout.Box;
import statewise.layout.PlacedNode;
import statewise.layout.Point;

/**
 * Renames a state in place: a text field over the node's name, Enter (or leaving it) to rename, Escape to keep the
 * name. The rename itself is one edit that makes every reference follow.
 */
final class RenameField {

    static final String ID = "canvas-rename";

    private RenameField() {
    }

    /** Shows the field over {@code node} in {@code layer}; {@code rename} gets a new, different name. */
    static void edit(Pane layer, PlacedNode node, Viewport viewport, Consumer<String> rename) {
        layer.getChildren().removeIf(child -> ID.equals(child.getId()));
        TextField field = new TextField(node.name());
        field.setId(ID);
        field.getStyleClass().add("canvas-rename");
        Box box = node.titleBox();
        Point topLeft = viewport.toScreen(box.topLeft());
        double height = Math.max(26, Math.min(box.height(), 40) * viewport.scale());
        field.resizeRelocate(topLeft.x(), topLeft.y() + (box.height() * viewport.scale() - height) / 2,
                Math.max(140, box.width() * viewport.scale()), height);
        field.setManaged(false);
        boolean[] done = {false};
        Runnable commit = () -> {
            if (done[0]) {
                return;
            }
            done[0] = true;
            giveBackFocus(layer);
            layer.getChildren().remove(field);
            String name = field.getText().strip();
            if (!name.isEmpty() && !name.equals(node.name())) {
                rename.accept(name);
            }
        };
        field.setOnAction(event -> commit.run());
        field.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                done[0] = true;
                giveBackFocus(layer);
                layer.getChildren().remove(field);
                event.consume();
            }
        });
        field.focusedProperty().addListener((property, was, focused) -> {
            if (!focused) {
                commit.run();
            }
        });
        layer.getChildren().add(field);
        field.requestFocus();
        field.selectAll();
    }

    /** The canvas (the layer's parent) keeps the keyboard, so Delete or F2 work on at once. */
    private static void giveBackFocus(Pane layer) {
        if (layer.getParent() != null) {
            layer.getParent().requestFocus();
        }
    }
}
