package statewise.app.mocks;

import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/** How a form of the mock editor hands an edit to the editor's history. */
@FunctionalInterface
interface Commit {

    /**
     * Applies {@code edit} to the current files as one undo step labelled {@code label}; edits with the same
     * non-null {@code key} in a row are one step.
     *
     * @return whether the edit was taken (false when it was refused, and the editor says why)
     */
    boolean apply(UnaryOperator<EditorFiles> edit, String label, @Nullable String key);
}
