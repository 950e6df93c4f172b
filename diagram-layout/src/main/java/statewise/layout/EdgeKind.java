package statewise.layout;

/** Why an edge exists: which ASL field names its target, or that it joins a state to the Start or End marker. */
public enum EdgeKind {
    /** {@code Next}. */
    NEXT,
    /** {@code Choices[i].Next}: drawn left to right in rule order. */
    CHOICE,
    /** A Choice state's {@code Default}: drawn right of every rule. */
    DEFAULT,
    /** {@code Catch[i].Next}: drawn dashed, leaving the side of the state. */
    CATCH,
    /** From the Start marker to the {@code StartAt} state. */
    START,
    /** From a state that can end the execution ({@code End}, Succeed, Fail) to the End marker. */
    END;

    /** True for the edges of the Start and End markers, which no ASL field names. */
    public boolean isMarker() {
        return this == START || this == END;
    }
}
