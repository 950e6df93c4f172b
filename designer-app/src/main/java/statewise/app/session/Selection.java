package statewise.app.session;

import org.jspecify.annotations.Nullable;

/**
 * The state the user is looking at, shared by every view: the outline, the editor (the caret is in it), the
 * problems list and later the canvas.
 *
 * @param pointer the selected state's pointer, or null for nothing
 * @param source  the view that selected it, so it does not react to its own selection
 */
public record Selection(@Nullable String pointer, @Nullable Object source) {

    private static final Selection NONE = new Selection(null, null);

    public static Selection none() {
        return NONE;
    }
}
