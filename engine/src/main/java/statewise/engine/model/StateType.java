package statewise.engine.model;

import org.jspecify.annotations.Nullable;

/** The state types of ASL, plus {@link #UNKNOWN} for a state whose Type is missing or not one of them. */
public enum StateType {
    PASS("Pass"),
    TASK("Task"),
    CHOICE("Choice"),
    WAIT("Wait"),
    SUCCEED("Succeed"),
    FAIL("Fail"),
    PARALLEL("Parallel"),
    MAP("Map"),
    UNKNOWN("");

    private final String aslName;

    StateType(String aslName) {
        this.aslName = aslName;
    }

    public String aslName() {
        return aslName;
    }

    public static @Nullable StateType fromAslName(String name) {
        for (StateType t : values()) {
            if (t != UNKNOWN && t.aslName.equals(name)) {
                return t;
            }
        }
        return null;
    }

    /** Succeed and Fail end an execution (or branch); they have no Next and no End. */
    public boolean isTerminal() {
        return this == SUCCEED || this == FAIL;
    }
}
