package statewise.engine.edit;

import org.jspecify.annotations.Nullable;

/** What {@link EditRules} answers: the edit is allowed, or denied with a reason short enough for a status bar. */
public sealed interface Verdict {

    /**
     * The edit may be applied.
     *
     * @param notice what the user should know about the result, e.g. that a new state is not connected yet; null
     *               when there is nothing to say
     */
    record Allowed(@Nullable String notice) implements Verdict {
    }

    /** The edit would produce invalid ASL (or cannot be applied at all); {@code reason} says why. */
    record Denied(String reason) implements Verdict {
    }

    default boolean isAllowed() {
        return this instanceof Allowed;
    }

    static Verdict allowed() {
        return new Allowed(null);
    }

    static Verdict denied(String reason) {
        return new Denied(reason);
    }
}
