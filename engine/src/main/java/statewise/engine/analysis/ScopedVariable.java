package statewise.engine.analysis;

import java.util.Objects;
import statewise.engine.model.QueryLanguage;

/**
 * A workflow variable a state may read, and one place that assigns it. A variable assigned in several places (two
 * paths into a state, a Choice rule and a catcher) is in scope once per place, so that a view can say where its
 * value may come from.
 *
 * @param name       the variable's name, without {@code $} (and without the {@code .$} a JSONPath Assign key ends
 *                   with)
 * @param assignedBy the name of the state whose {@code Assign} (its own, a Choice rule's or a catcher's) sets it
 * @param pointer    the JSON Pointer of that Assign member, e.g. {@code /States/Init/Assign/count} or
 *                   {@code /States/Check/Choices/0/Assign/total.$}
 * @param language   the query language of the assigning state: how the value there is written
 * @param outer      true when it is assigned outside the Parallel branch or Map iteration the state is in: the
 *                   state may read it, but an assignment inside does not change it outside
 */
public record ScopedVariable(String name, String assignedBy, String pointer, QueryLanguage language, boolean outer) {

    public ScopedVariable {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(assignedBy, "assignedBy");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(language, "language");
    }

    /** The same variable seen from inside a Parallel branch or Map iteration. */
    ScopedVariable asOuter() {
        return outer ? this : new ScopedVariable(name, assignedBy, pointer, language, true);
    }
}
