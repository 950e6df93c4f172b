package statewise.engine.model;

import org.jspecify.annotations.Nullable;

/** The two query languages of ASL. A state without its own {@code QueryLanguage} uses the state machine's. */
public enum QueryLanguage {
    JSONPATH("JSONPath"),
    JSONATA("JSONata");

    private final String aslName;

    QueryLanguage(String aslName) {
        this.aslName = aslName;
    }

    /** The name as written in ASL. */
    public String aslName() {
        return aslName;
    }

    public static @Nullable QueryLanguage fromAslName(String name) {
        for (QueryLanguage q : values()) {
            if (q.aslName.equals(name)) {
                return q;
            }
        }
        return null;
    }
}
