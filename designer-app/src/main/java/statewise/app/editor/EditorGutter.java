package statewise.app.editor;

import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Circle;
import org.fxmisc.richtext.CodeArea;
import org.jspecify.annotations.Nullable;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The strip left of each line: a breakpoint mark (clicking it toggles the breakpoint of the state on that line),
 * its number and, where a region starts, a toggle that folds or unfolds it. The regions come from
 * {@link FoldRegions}; they are set again after each reparse. Which lines carry a breakpoint, and of which kind,
 * comes from {@link #setLineMarks}.
 */
final class EditorGutter implements IntFunction<Node> {

    /** The style class of a line's mark area with a breakpoint. */
    static final String MARKED_CLASS = "marked";
    /** The style class of a line's mark area with a breakpoint limited to one iteration or branch. */
    static final String LIMITED_CLASS = "limited";

    private final CodeArea area;
    private FoldRegions folds = FoldRegions.none();
    private IntFunction<@Nullable LineMark> marks = line -> null;
    private @Nullable IntConsumer toggleMark;
    private int digits = 1;

    EditorGutter(CodeArea area) {
        this.area = area;
        area.getParagraphs().sizeProperty().addListener((property, old, size) -> {
            if (digits(size) != digits) {
                refresh();
            }
        });
    }

    FoldRegions folds() {
        return folds;
    }

    void setFolds(FoldRegions regions) {
        if (!regions.equals(folds)) {
            folds = regions;
            refresh();
        }
    }

    /**
     * @param marks  the breakpoint mark a line (0-based) shows, or null
     * @param toggle told the line whose mark area was clicked
     */
    void setLineMarks(IntFunction<@Nullable LineMark> marks, IntConsumer toggle) {
        this.marks = marks;
        this.toggleMark = toggle;
        refresh();
    }

    /** Builds the gutters of the visible lines again (fold state or number width changed). */
    void refresh() {
        digits = digits(area.getParagraphs().size());
        area.setParagraphGraphicFactory(null);
        area.setParagraphGraphicFactory(this);
    }

    /** Folds the region starting at {@code line}, or unfolds it when it is folded. */
    void toggle(int line) {
        FoldRegions.Region region = folds.startingAt(line);
        if (region == null) {
            return;
        }
        if (isFolded(line)) {
            area.unfoldParagraphs(line);
        } else {
            area.foldParagraphs(line, region.lastHidden());
        }
        refresh();
    }

    /** Unfolds whatever hides {@code line}, so it can be shown. */
    void reveal(int line) {
        boolean changed = false;
        for (FoldRegions.Region region : folds.byStart().values()) {
            if (region.start() < line && line <= region.lastHidden() && isFolded(region.start())) {
                area.unfoldParagraphs(region.start());
                changed = true;
            }
        }
        if (changed) {
            refresh();
        }
    }

    boolean isFolded(int line) {
        return line + 1 < area.getParagraphs().size() && area.isFolded(line + 1);
    }

    @Override
    public Node apply(int line) {
        Label number = new Label(String.format("%" + digits + "d", line + 1));
        number.getStyleClass().add("lineno");
        StackPane toggle = new StackPane();
        toggle.getStyleClass().add("fold-toggle");
        toggle.setMinWidth(14);
        if (folds.startingAt(line) != null) {
            boolean folded = isFolded(line);
            FontIcon icon = new FontIcon(folded ? MaterialDesignC.CHEVRON_RIGHT : MaterialDesignC.CHEVRON_DOWN);
            toggle.getChildren().add(icon);
            toggle.getStyleClass().add(folded ? "folded" : "unfolded");
            toggle.addEventHandler(MouseEvent.MOUSE_CLICKED, event -> {
                toggle(line);
                event.consume();
            });
        }
        HBox gutter = new HBox(mark(line), number, toggle);
        gutter.setAlignment(Pos.CENTER_LEFT);
        gutter.getStyleClass().add("gutter");
        return gutter;
    }

    private Node mark(int line) {
        StackPane mark = new StackPane();
        mark.getStyleClass().add("breakpoint-toggle");
        mark.setMinWidth(12);
        LineMark shown = marks.apply(line);
        if (shown != null) {
            Circle dot = new Circle(shown.limited() ? 3.5 : 4);
            dot.getStyleClass().add("breakpoint-mark");
            mark.getChildren().add(dot);
            mark.getStyleClass().add(shown.limited() ? LIMITED_CLASS : MARKED_CLASS);
            Tooltip.install(mark, new Tooltip(shown.tooltip()));
        }
        IntConsumer toggle = toggleMark;
        if (toggle != null) {
            mark.addEventHandler(MouseEvent.MOUSE_CLICKED, event -> {
                toggle.accept(line);
                event.consume();
            });
        }
        return mark;
    }

    private static int digits(int lines) {
        return Math.max(2, Integer.toString(lines).length());
    }
}
