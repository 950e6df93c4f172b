package statewise.engine.run;

import java.util.Collection;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The activities that exist for a run, as the workspace declares them ({@code "activities"} in
 * {@code NAME.asl.run.json}, {@code --activity}): AWS fails a Task whose activity does not exist with
 * {@code States.Runtime} before scheduling it. Without a declaration every activity exists, so that any definition
 * runs without set-up.
 *
 * @param declared activity ARNs or names; null when the run declares none (every activity then exists)
 */
public record Activities(@Nullable Set<String> declared) {

    /** No declaration: every activity exists. */
    public static final Activities ANY = new Activities(null);

    public Activities {
        declared = declared == null ? null : Set.copyOf(declared);
    }

    /** Exactly the activities {@code arnsOrNames} (an ARN, or the name at its end). */
    public static Activities of(Collection<String> arnsOrNames) {
        return new Activities(Set.copyOf(arnsOrNames));
    }

    /** Whether the activity {@code arn} exists: it is declared by its ARN or its name, or nothing is declared. */
    public boolean exists(String arn) {
        if (declared == null || declared.contains(arn)) {
            return true;
        }
        int name = arn.lastIndexOf(":activity:");
        return name >= 0 && declared.contains(arn.substring(name + ":activity:".length()));
    }
}
