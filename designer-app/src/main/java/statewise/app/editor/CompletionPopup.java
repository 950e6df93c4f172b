package statewise.app.editor;

import java.util.function.Supplier;
import javafx.geometry.Bounds;
import org.fxmisc.richtext.CodeArea;
import org.jspecify.annotations.Nullable;
import statewise.app.editor.complete.CompletionEngine;

/**
 * The list of completions under the caret (Ctrl+Space), following typing while open. Inserting is ordinary typing
 * for the session, so it is undone like typing. The list and its keys are {@link CompletionList}'s.
 */
final class CompletionPopup {

    /** Node id of the list, for tests and stylesheets. */
    static final String LIST_ID = "completion-list";

    private final CodeArea area;
    private final Supplier<CompletionEngine.Result> compute;
    /** Made on the first Ctrl+Space: a popup window with its list, which most starts never show. */
    private @Nullable CompletionList list;

    CompletionPopup(CodeArea area, Supplier<CompletionEngine.Result> compute) {
        this.area = area;
        this.compute = compute;
    }

    boolean isShowing() {
        CompletionList made = list;
        return made != null && made.isShowing();
    }

    /** Computes the completions at the caret and shows them; nothing to offer closes the list. */
    void show() {
        Bounds caret = area.getCaretBounds().orElse(null);
        CompletionEngine.Result result = compute.get();
        if (caret == null && !isShowing()) {
            return;
        }
        list().show(area, result, caret == null ? 0 : caret.getMinX(), caret == null ? 0 : caret.getMaxY() + 2);
    }

    /** The text changed while the list is open: offer what fits now. */
    void refresh() {
        if (isShowing()) {
            show();
        }
    }

    void hide() {
        CompletionList made = list;
        if (made != null) {
            made.hide();
        }
    }

    /** Inserts the chosen completion in place of what was typed of it. */
    void accept() {
        CompletionList made = list;
        if (made != null) {
            made.accept();
        }
    }

    private CompletionList list() {
        CompletionList made = list;
        if (made == null) {
            made = new CompletionList(area, 340, (result, chosen) -> {
                int to = Math.min(result.to(), area.getLength());
                area.replaceText(result.from(), to, chosen.insert());
                area.moveTo(result.from() + chosen.insert().length() - chosen.caretBack());
                area.requestFollowCaret();
            });
            made.view().setId(LIST_ID);
            list = made;
        }
        return made;
    }
}
