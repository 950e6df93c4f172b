package statewise.engine.run;

import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Where a run's Task results come from, in issue 9's order of precedence: a mock file's test case answers the
 * states it mocks (over everything else), then a recorded execution answers the states it ran, then the local
 * services (HTTP endpoints, Lambda endpoints, the S3 folder, nested executions) answer the calls they handle, and
 * then a person answers the tasks that wait for a callback (when the run lets one). A call nobody answers fails
 * with the first source's own message (e.g. "No mocked response for Task state ..."), or, without a mock file and
 * a recording, gets its input back ({@link TaskResolver#ECHO}), so that any definition runs without set-up.
 *
 * @param mocks    a mock file's test case, or null
 * @param recorded a recorded execution's results, or null
 * @param local    puts the local services in front of the resolver it is given (identity for none)
 * @param person   whether tasks that wait for a callback or an activity worker (and no earlier source answers) wait
 *                 for a person; a {@code .sync} job runs to its end as other tasks do
 */
public record TaskSources(@Nullable PartialResolver mocks, @Nullable PartialResolver recorded,
        UnaryOperator<TaskResolver> local, boolean person) {

    /** No mocks, no recording, no local services, no person: every task echoes its input. */
    public static final TaskSources NONE = new TaskSources(null, null, UnaryOperator.identity(), false);

    public TaskSources withMocks(@Nullable PartialResolver value) {
        return new TaskSources(value, recorded, local, person);
    }

    public TaskSources withRecorded(@Nullable PartialResolver value) {
        return new TaskSources(mocks, value, local, person);
    }

    public TaskSources withLocal(UnaryOperator<TaskResolver> value) {
        return new TaskSources(mocks, recorded, value, person);
    }

    public TaskSources withPerson(boolean value) {
        return new TaskSources(mocks, recorded, local, value);
    }

    /** The resolver asking the sources in order. Make one per run: a recording remembers what it has answered. */
    public TaskResolver resolver() {
        TaskResolver rest = local.apply(this::last);
        return call -> {
            if (mocks != null && mocks.covers(call)) {
                return mocks.resolve(call);
            }
            if (recorded != null && recorded.covers(call)) {
                return recorded.resolve(call);
            }
            return rest.resolve(call);
        };
    }

    /** After the local services: a person for a waiting task, else the first source's failure, else an echo. */
    private TaskOutcome last(TaskCall call) {
        IntegrationPattern pattern = IntegrationPattern.of(call.resource());
        if (person && (pattern == IntegrationPattern.CALLBACK || pattern == IntegrationPattern.ACTIVITY)) {
            return TaskOutcome.pending(null, null);
        }
        if (mocks != null) {
            return mocks.resolve(call);
        }
        return recorded != null ? recorded.resolve(call) : TaskResolver.ECHO.resolve(call);
    }
}
