package statewise.app.debug.model;

import java.util.function.Predicate;
import statewise.engine.run.IntegrationPattern;
import statewise.engine.run.TaskCall;
import statewise.engine.run.TaskOutcome;
import statewise.engine.run.TaskResolver;

/**
 * Leaves the answer of callback tasks ({@code .waitForTaskToken}) and activities to the person at the debugger:
 * their request is accepted and they wait for a task token to come back through the execution's callbacks, as on
 * AWS, unless the chosen mock test case answers them. Every other call goes to the resolver it wraps.
 *
 * @param inner  the resolver of the run (the mock test case, or echo)
 * @param mocked whether the mock test case answers the Task state of this name
 */
public record PersonAnswers(TaskResolver inner, Predicate<String> mocked) implements TaskResolver {

    @Override
    public TaskOutcome resolve(TaskCall call) {
        IntegrationPattern pattern = IntegrationPattern.of(call.resource());
        boolean waits = pattern == IntegrationPattern.CALLBACK || pattern == IntegrationPattern.ACTIVITY;
        return waits && !mocked.test(call.stateName()) ? TaskOutcome.pending(null, null) : inner.resolve(call);
    }
}
