package statewise.app.editor;

import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polyline;
import javafx.scene.text.Text;
import org.jspecify.annotations.Nullable;

/**
 * The gutter of one line, made for every visible line whose index changes (all the lines below an inserted one), so
 * it is as light as it can be: one region and its number, laid out by hand, with a mark and a fold chevron only on
 * the lines that show one. {@link EditorGutter} updates a line in place when its marks or folds change, instead of
 * having the code area make every visible line's gutter again.
 */
final class GutterLine extends Region {

    /** Whether and how a line starts a region that can be folded. */
    enum Fold { NONE, FOLDED, UNFOLDED }

    /** The width of the breakpoint mark area, left of the number. */
    static final double MARK_WIDTH = 12;
    private static final double NUMBER_GAP = 4;
    private static final double TOGGLE_WIDTH = 14;
    private static final double CHEVRON = 3.5;

    private final int line;
    private final Text number = new Text();
    private @Nullable StackPane mark;
    private @Nullable LineMark shownMark;
    private @Nullable Polyline chevron;
    private Fold fold = Fold.NONE;

    GutterLine(int line) {
        this.line = line;
        getStyleClass().add("gutter");
        number.getStyleClass().add("lineno");
        number.setTextOrigin(VPos.CENTER);
        getChildren().add(number);
    }

    /** The line (0-based paragraph index) this gutter belongs to. */
    int line() {
        return line;
    }

    /** True when {@code x} (in this node) lies left of the number, where a click toggles a breakpoint. */
    boolean inMarkArea(double x) {
        return x < snappedLeftInset() + MARK_WIDTH;
    }

    /** True when {@code x} (in this node) lies right of the number, where a click folds or unfolds. */
    boolean inFoldArea(double x) {
        return x >= snappedLeftInset() + MARK_WIDTH + numberWidth();
    }

    Fold fold() {
        return fold;
    }

    /** Shows {@code numberText}, the line's breakpoint mark (or none) and its fold chevron, changing what differs. */
    void show(String numberText, @Nullable LineMark lineMark, Fold lineFold) {
        if (!numberText.equals(number.getText())) {
            number.setText(numberText);
            requestLayout();
        }
        if (lineMark == null ? shownMark != null : !lineMark.equals(shownMark)) {
            showMark(lineMark);
        }
        if (lineFold != fold) {
            showFold(lineFold);
        }
    }

    private void showMark(@Nullable LineMark lineMark) {
        if (mark != null) {
            getChildren().remove(mark);
            mark = null;
        }
        shownMark = lineMark;
        if (lineMark != null) {
            Circle dot = new Circle(lineMark.limited() ? 3.5 : 4);
            dot.getStyleClass().add("breakpoint-mark");
            StackPane toggle = new StackPane(dot);
            toggle.getStyleClass().addAll("breakpoint-toggle",
                    lineMark.limited() ? EditorGutter.LIMITED_CLASS : EditorGutter.MARKED_CLASS);
            Tooltip.install(toggle, new Tooltip(lineMark.tooltip()));
            getChildren().add(toggle);
            mark = toggle;
        }
        requestLayout();
    }

    private void showFold(Fold lineFold) {
        fold = lineFold;
        if (lineFold == Fold.NONE) {
            getChildren().remove(chevron);
            chevron = null;
            return;
        }
        Polyline shape = chevron;
        if (shape == null) {
            shape = new Polyline();
            shape.setPickOnBounds(true);
            getChildren().add(shape);
            chevron = shape;
        }
        shape.getStyleClass().setAll("fold-toggle", lineFold == Fold.FOLDED ? "folded" : "unfolded");
        double c = CHEVRON;
        if (lineFold == Fold.FOLDED) {
            shape.getPoints().setAll(-c / 2, -c, c / 2, 0.0, -c / 2, c);
        } else {
            shape.getPoints().setAll(-c, -c / 2, 0.0, c / 2, c, -c / 2);
        }
        requestLayout();
    }

    private double numberWidth() {
        return number.getLayoutBounds().getWidth() + NUMBER_GAP;
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets insets = getInsets();
        return snapSizeX(insets.getLeft() + MARK_WIDTH + numberWidth() + TOGGLE_WIDTH + insets.getRight());
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets insets = getInsets();
        return snapSizeY(insets.getTop() + number.getLayoutBounds().getHeight() + insets.getBottom());
    }

    @Override
    protected double computeMinWidth(double height) {
        return computePrefWidth(height);
    }

    /** Lays the parts out by hand; a line folded away (laid out shorter than its number) shows none of them. */
    @Override
    protected void layoutChildren() {
        boolean shown = getHeight() >= number.getLayoutBounds().getHeight() / 2;
        for (Node child : getChildren()) {
            child.setVisible(shown);
        }
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double middle = top + (getHeight() - top - snappedBottomInset()) / 2;
        number.setLayoutX(snapPositionX(left + MARK_WIDTH));
        number.setLayoutY(snapPositionY(middle));
        Node dot = mark;
        if (dot != null) {
            dot.resizeRelocate(left, top, MARK_WIDTH, getHeight() - top - snappedBottomInset());
        }
        Polyline shape = chevron;
        if (shape != null) {
            shape.setLayoutX(snapPositionX(left + MARK_WIDTH + numberWidth() + TOGGLE_WIDTH / 2));
            shape.setLayoutY(snapPositionY(middle));
        }
    }
}
