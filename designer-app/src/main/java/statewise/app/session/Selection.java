package statewise.app.session;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The states the user is looking at, shared by every view: the outline, the editor (the caret is in it), the
 * problems list, the canvas and the inspector.
 *
 * @param pointer  the primary selected state's pointer (what single-state views show), or null for nothing
 * @param pointers every selected state, in the order they were selected; holds {@code pointer} when it is set
 * @param source   the view that selected it, so it does not react to its own selection
 */
public record Selection(@Nullable String pointer, List<String> pointers, @Nullable Object source) {

    private static final Selection NONE = new Selection(null, null);

    public Selection {
        pointers = List.copyOf(pointers);
        if (pointer != null && !pointers.contains(pointer)) {
            throw new IllegalArgumentException("the primary selection " + pointer + " is not among " + pointers);
        }
    }

    /** One state selected, or none. */
    public Selection(@Nullable String pointer, @Nullable Object source) {
        this(pointer, pointer == null ? List.of() : List.of(pointer), source);
    }

    public static Selection none() {
        return NONE;
    }

    /** How many states are selected. */
    public int count() {
        return pointers.size();
    }
}
