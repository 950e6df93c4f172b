package statewise.layout;

import statewise.engine.model.StateType;

/**
 * What a diagram node stands for: a state of one of the ASL types, a Parallel branch, or the Start and End markers
 * of the whole state machine. Renderers pick shape, glyph and colours by kind.
 */
public enum NodeKind {
    PASS,
    TASK,
    CHOICE,
    WAIT,
    SUCCEED,
    FAIL,
    PARALLEL,
    MAP,
    /** A Map state whose item processor runs as a distributed map run (child executions). */
    DISTRIBUTED_MAP,
    /** A state whose {@code Type} is missing or unknown: still drawn, so the author can find and fix it. */
    UNKNOWN,
    /** One branch of a Parallel state: a container holding that branch's states. */
    BRANCH,
    /** Where the state machine starts; an edge leads from it to the {@code StartAt} state. */
    START,
    /** Where the state machine ends; every state that can end the execution has an edge to it. */
    END;

    /** The kind of a state of the given ASL type. */
    public static NodeKind of(StateType type, boolean distributed) {
        return switch (type) {
            case PASS -> PASS;
            case TASK -> TASK;
            case CHOICE -> CHOICE;
            case WAIT -> WAIT;
            case SUCCEED -> SUCCEED;
            case FAIL -> FAIL;
            case PARALLEL -> PARALLEL;
            case MAP -> distributed ? DISTRIBUTED_MAP : MAP;
            case UNKNOWN -> UNKNOWN;
        };
    }

    /** True for the Start and End markers, which are not states. */
    public boolean isMarker() {
        return this == START || this == END;
    }
}
