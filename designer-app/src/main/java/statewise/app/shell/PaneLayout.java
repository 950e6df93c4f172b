package statewise.app.shell;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;
import org.jspecify.annotations.Nullable;
import statewise.app.prefs.UserSettings;

/**
 * The panes of the main window: an optional left pane (the palette, once the canvas has one), the centre (the
 * state outline now, the canvas later), the ASL editor on the right and the problems list at the bottom. The editor
 * and the problems list can be hidden; divider positions and what is shown are read from and written to the user's
 * settings.
 */
final class PaneLayout {

    private final SplitPane columns = new SplitPane();
    private final SplitPane rows = new SplitPane();
    private final Region editor;
    private final Region problems;
    private final BooleanProperty editorShown = new SimpleBooleanProperty(true);
    private final BooleanProperty problemsShown = new SimpleBooleanProperty(true);
    private @Nullable Region left;
    private Region centre;
    private double leftShare;
    private double editorShare;
    private double problemsShare;

    PaneLayout(Region centre, Region editor, Region problems, UserSettings settings) {
        this.centre = centre;
        this.editor = editor;
        this.problems = problems;
        columns.getStyleClass().add("main-columns");
        rows.getStyleClass().add("main-rows");
        rows.setOrientation(Orientation.VERTICAL);
        apply(settings);
        editorShown.addListener((property, old, shown) -> rebuildColumns());
        problemsShown.addListener((property, old, shown) -> rebuildRows());
    }

    Node node() {
        return rows;
    }

    BooleanProperty editorShownProperty() {
        return editorShown;
    }

    BooleanProperty problemsShownProperty() {
        return problemsShown;
    }

    /** Puts {@code node} in the centre (the canvas, when it lands). */
    void setCentre(Region node) {
        centre = node;
        rebuildColumns();
    }

    /** Puts {@code node} on the left (the palette, when it lands); null removes the left pane. */
    void setLeft(@Nullable Region node) {
        left = node;
        rebuildColumns();
    }

    /** Shows what the settings say: panes, and divider positions. */
    void apply(UserSettings settings) {
        leftShare = settings.outlineWidth();
        editorShare = settings.editorShare();
        problemsShare = settings.problemsShare();
        editorShown.set(settings.editorShown());
        problemsShown.set(settings.problemsShown());
        rebuildColumns();
        rebuildRows();
    }

    /** The settings with this layout's current dividers and shown panes. */
    UserSettings capture(UserSettings settings, UserSettings.WindowBounds bounds) {
        remember();
        return settings.withLayout(bounds, leftShare, editorShare, problemsShare, editorShown.get(),
                problemsShown.get());
    }

    private void rebuildColumns() {
        remember();
        columns.getItems().clear();
        if (left != null) {
            columns.getItems().add(left);
            SplitPane.setResizableWithParent(left, false);
        }
        columns.getItems().add(centre);
        if (editorShown.get()) {
            columns.getItems().add(editor);
        }
        double[] positions = left == null ? new double[] {1 - editorShare}
                : new double[] {leftShare, 1 - editorShare};
        columns.setDividerPositions(editorShown.get() ? positions : new double[] {leftShare});
    }

    private void rebuildRows() {
        remember();
        rows.getItems().setAll(columns);
        if (problemsShown.get()) {
            rows.getItems().add(problems);
            SplitPane.setResizableWithParent(problems, false);
            rows.setDividerPositions(1 - problemsShare);
        }
    }

    /** Reads the dividers back into the shares, while the panes they separate are shown. */
    private void remember() {
        double[] dividers = columns.getDividerPositions();
        int count = columns.getItems().size();
        boolean hasLeft = left != null && count > 0 && columns.getItems().get(0) == left;
        if (hasLeft && dividers.length > 0) {
            leftShare = dividers[0];
        }
        if (columns.getItems().contains(editor) && dividers.length > 0) {
            editorShare = 1 - dividers[dividers.length - 1];
        }
        if (rows.getItems().contains(problems) && rows.getDividerPositions().length > 0) {
            problemsShare = 1 - rows.getDividerPositions()[0];
        }
    }
}
