package statewise.app.editor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.input.MouseEvent;
import org.fxmisc.richtext.CodeArea;
import org.jspecify.annotations.Nullable;

/**
 * The strip left of each line: a breakpoint mark (clicking it toggles the breakpoint of the state on that line),
 * its number and, where a region starts, a toggle that folds or unfolds it. The regions come from
 * {@link FoldRegions}; they are set again after each reparse. Which lines carry a breakpoint, and of which kind,
 * comes from {@link #setLineMarks}. The code area asks for a line's gutter whenever the line's index changes, so each
 * is one light {@link GutterLine}; when marks, folds or the number width change, the gutters already made are
 * updated in place rather than made again.
 */
final class EditorGutter implements IntFunction<Node> {

    /** The style class of a line's mark area with a breakpoint. */
    static final String MARKED_CLASS = "marked";
    /** The style class of a line's mark area with a breakpoint limited to one iteration or branch. */
    static final String LIMITED_CLASS = "limited";

    private final CodeArea area;
    /** The gutters made so far that may still be shown; the code area drops the others, and so does the collector. */
    private final Set<GutterLine> made = Collections.newSetFromMap(new WeakHashMap<>());
    private final EventHandler<MouseEvent> clicked = this::clicked;
    private FoldRegions folds = FoldRegions.none();
    private IntFunction<@Nullable LineMark> marks = line -> null;
    private @Nullable IntConsumer toggleMark;
    private int digits = 2;

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

    /** Updates the gutters already made: their number width, marks and fold toggles. */
    void refresh() {
        digits = digits(area.getParagraphs().size());
        for (GutterLine gutter : List.copyOf(made)) {
            if (gutter.getParent() == null) {
                made.remove(gutter);
            } else {
                show(gutter);
            }
        }
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
        List<Integer> folded = new ArrayList<>();
        for (FoldRegions.Region region : folds.byStart().values()) {
            if (region.start() < line && line <= region.lastHidden() && isFolded(region.start())) {
                folded.add(region.start());
            }
        }
        folded.forEach(area::unfoldParagraphs);
        if (!folded.isEmpty()) {
            refresh();
        }
    }

    boolean isFolded(int line) {
        return line + 1 < area.getParagraphs().size() && area.isFolded(line + 1);
    }

    @Override
    public Node apply(int line) {
        GutterLine gutter = new GutterLine(line);
        show(gutter);
        gutter.addEventHandler(MouseEvent.MOUSE_CLICKED, clicked);
        made.add(gutter);
        return gutter;
    }

    private void show(GutterLine gutter) {
        int line = gutter.line();
        GutterLine.Fold fold = folds.startingAt(line) == null ? GutterLine.Fold.NONE
                : isFolded(line) ? GutterLine.Fold.FOLDED : GutterLine.Fold.UNFOLDED;
        gutter.show(number(line + 1), marks.apply(line), fold);
    }

    /** The line's number, padded on the left to the width of the largest, so the numbers line up on the right. */
    private String number(int number) {
        String digitsOf = Integer.toString(number);
        return digitsOf.length() >= digits ? digitsOf : " ".repeat(digits - digitsOf.length()) + digitsOf;
    }

    private void clicked(MouseEvent event) {
        GutterLine gutter = (GutterLine) event.getSource();
        IntConsumer toggle = toggleMark;
        if (gutter.inMarkArea(event.getX())) {
            if (toggle != null) {
                toggle.accept(gutter.line());
            }
        } else if (gutter.fold() != GutterLine.Fold.NONE && gutter.inFoldArea(event.getX())) {
            toggle(gutter.line());
        } else {
            return;
        }
        event.consume();
    }

    private static int digits(int lines) {
        return Math.max(2, Integer.toString(lines).length());
    }
}
