package statewise.engine.model;

import java.util.HashMap;
import java.util.Map;
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

    private static final Map<String, StateType> BY_ASL_NAME = byAslName();

    private final String aslName;

    StateType(String aslName) {
        this.aslName = aslName;
    }

    public String aslName() {
        return aslName;
    }

    public static @Nullable StateType fromAslName(String name) {
        return BY_ASL_NAME.get(name);
    }

    /** Succeed and Fail end an execution (or branch); they have no Next and no End. */
    public boolean isTerminal() {
        return this == SUCCEED || this == FAIL;
    }

    private static Map<String, StateType> byAslName() {
        Map<String, StateType> map = new HashMap<>();
        for (StateType t : values()) {
            if (t != UNKNOWN) {
                map.put(t.aslName, t);
            }
        }
        return Map.copyOf(map);
    }
}
