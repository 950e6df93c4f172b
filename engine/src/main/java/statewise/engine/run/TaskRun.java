package statewise.engine.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import statewise.engine.model.State;
import statewise.engine.model.TaskState;
import statewise.engine.run.history.EventType;

/**
 * A Task state: the effective input goes to the resource (through the execution's {@link TaskResolver}), the
 * result comes back through ResultSelector, ResultPath and OutputPath. Each attempt records scheduled, started,
 * and succeeded or failed events of the resource's kind (service integration, Lambda function, activity).
 */
final class TaskRun extends RecoverableRun {

    /** AWS's default task timeout, when TimeoutSeconds is not set: 99,999,999 seconds (about three years). */
    static final long DEFAULT_TIMEOUT_SECONDS = 99_999_999L;

    /** The worker name an activity records when nobody names one. */
    static final String DEFAULT_WORKER = "statewise";

    private final TaskState task;
    private final TaskResource resource;
    private final IntegrationPattern pattern;
    /** The current attempt's task token, for the patterns that wait; else null. */
    private @Nullable String token;
    private @Nullable CallbackWait wait;
    /** Whether the current failure is a callback's answer (SendTaskFailure), whose error and cause may be absent. */
    private boolean answeredFailure;
    private @Nullable Long timeout;
    private @Nullable Long heartbeat;

    TaskRun(ExecutionRun exec, Strand strand, String name, TaskState task, JsonNode input) {
        super(exec, strand, name, input);
        this.task = task;
        this.resource = TaskResource.of(task.resource() == null ? "" : task.resource());
        this.pattern = IntegrationPattern.of(task.resource() == null ? "" : task.resource());
    }

    @Override
    State state() {
        return task;
    }

    @Override
    EventType enteredType() {
        return EventType.TASK_STATE_ENTERED;
    }

    @Override
    EventType exitedType() {
        return EventType.TASK_STATE_EXITED;
    }

    @Override
    EventType abortedType() {
        return EventType.TASK_STATE_ABORTED;
    }

    @Override
    void attempt() {
        answeredFailure = false;
        if (resource.kind() == TaskResource.Kind.ACTIVITY && !exec.request().activities().exists(resource.resource())) {
            throw new StatesError(ErrorNames.RUNTIME, errorPrefix() + "The activity " + resource.resource()
                    + " does not exist.");
        }
        if (pattern.waits()) {
            token = exec.callbacks().newToken();
            contextChanged();
        }
        DataFlow flow = dataFlow;
        JsonNode parameters = task.arguments() != null
                ? flow.payload(this, task.arguments(), effective, null, "Arguments")
                : flow.payload(this, task.parameters(), effective, null, "Parameters");
        ObjectNode scheduled = exec.details();
        describe(scheduled);
        if (resource.kind() != TaskResource.Kind.SERVICE) {
            scheduled.put("resource", resource.resource());
        }
        if (resource.kind() == TaskResource.Kind.SERVICE) {
            scheduled.put("region", exec.request().identity().region());
            scheduled.set("parameters", SecretHeaders.parameters(resource, parameters));
        } else {
            scheduled.set("input", parameters);
            scheduled.set("inputDetails", ExecutionRun.NOT_TRUNCATED);
        }
        credentialsAndTimers(flow, scheduled);
        exec.emit(strand, resource.kind().scheduled, scheduled);
        exec.scheduler().next(() -> guarded(() -> started(parameters)));
    }

    /** Evaluates Credentials, TimeoutSeconds and HeartbeatSeconds into the scheduled event's details. */
    private void credentialsAndTimers(DataFlow flow, ObjectNode scheduled) {
        if (task.credentials() != null) {
            JsonNode credentials = flow.payload(this, task.credentials(), effective, null, "Credentials");
            scheduled.putObject("taskCredentials").set("roleArn", credentials.get("RoleArn"));
        }
        timeout = seconds(flow.number(this, task.timeoutSeconds(), task.timeoutSecondsPath(), effective,
                "TimeoutSeconds", true));
        if (timeout != null) {
            scheduled.put("timeoutInSeconds", timeout);
        }
        heartbeat = seconds(flow.number(this, task.heartbeatSeconds(), task.heartbeatSecondsPath(), effective,
                "HeartbeatSeconds", true));
        if (heartbeat != null && resource.kind() != TaskResource.Kind.LAMBDA) {
            scheduled.put("heartbeatInSeconds", heartbeat);
        }
    }

    private void started(JsonNode parameters) {
        TaskCall call = new TaskCall(name, task.resource(), parameters, retryCount(), exec.nextInvocation(name),
                context());
        TaskOutcome outcome = exec.request().resolver().resolve(call);
        ObjectNode started = null;
        if (resource.kind() == TaskResource.Kind.SERVICE) {
            started = exec.details();
            describe(started);
        } else if (resource.kind() == TaskResource.Kind.ACTIVITY) {
            String worker = outcome instanceof TaskOutcome.Pending pending ? pending.worker() : null;
            started = exec.details().put("workerName", worker == null ? DEFAULT_WORKER : worker);
        }
        exec.emit(strand, resource.kind().started, started);
        if (pattern.waits()) {
            exec.scheduler().next(() -> guarded(() -> submitted(TaskSubmission.pending(outcome), parameters)));
            return;
        }
        if (outcome instanceof TaskOutcome.TimedOut timedOut) {
            boolean byHeartbeat = ErrorNames.HEARTBEAT_TIMEOUT.equals(timedOut.error()) && heartbeat != null;
            long seconds = byHeartbeat ? heartbeat : timeout != null ? timeout : DEFAULT_TIMEOUT_SECONDS;
            exec.scheduler().after(Duration.ofSeconds(seconds), () -> guarded(() -> timedOut(timedOut.error())));
            return;
        }
        exec.scheduler().next(() -> guarded(() -> finished(TaskSubmission.immediate(outcome))));
    }

    /**
     * The request of a waiting task was answered: a failure ends the task; else the task waits for its answer (see
     * {@link CallbackWait}) and a service task records TaskSubmitted, by when a person may answer its token.
     */
    private void submitted(TaskOutcome outcome, JsonNode parameters) {
        if (!(outcome instanceof TaskOutcome.Pending pending)) {
            finished(outcome);
            return;
        }
        wait = new CallbackWait(exec, new Waiter(), Objects.requireNonNull(token), heartbeat);
        wait.start(pending, timeout != null ? timeout : DEFAULT_TIMEOUT_SECONDS, name, task.resource(), parameters);
        if (resource.kind() == TaskResource.Kind.SERVICE) {
            ObjectNode details = exec.details();
            if (pending.submitted() != null) {
                details.set("output", pending.submitted());
                details.set("outputDetails", ExecutionRun.NOT_TRUNCATED);
            }
            describe(details);
            exec.emit(strand, EventType.TASK_SUBMITTED, details);
        }
    }

    /**
     * A callback's failure gives catchers both members, null where SendTaskFailure gave none, as AWS does; other
     * failures give the members they have.
     */
    @Override
    JsonNode errorOutput(@Nullable String error, @Nullable String cause) {
        if (!answeredFailure) {
            return super.errorOutput(error, cause);
        }
        ObjectNode output = ExecutionRun.NODES.objectNode();
        output.put("Error", error == null || error.isEmpty() ? null : error);
        output.put("Cause", cause);
        return output;
    }

    @Override
    @Nullable String taskToken() {
        return token;
    }

    @Override
    void cancelChildren() {
        if (wait != null) {
            wait.close();
        }
    }

    /** How the wait of this task's current attempt ends. */
    private final class Waiter implements CallbackWait.Waiter {
        @Override
        public void answered(TaskOutcome answer) {
            answeredFailure = answer instanceof TaskOutcome.Failure;
            finished(answer);
        }

        /**
         * AWS records a service integration's missed heartbeat as {@code States.Timeout} (recorded in the corpus's
         * heartbeat cases); activities keep the documented {@code States.HeartbeatTimeout}.
         */
        @Override
        public void timedOut(String error) {
            boolean service = resource.kind() == TaskResource.Kind.SERVICE;
            TaskRun.this.timedOut(service ? ErrorNames.TIMEOUT : error);
        }

        @Override
        public void step(Runnable step) {
            guarded(step);
        }
    }

    private void timedOut(String error) {
        ObjectNode details = exec.details();
        details.put("error", error);
        describe(details);
        exec.emit(strand, resource.kind().timedOut, details);
        taskFailed(error, null);
    }

    private void finished(TaskOutcome outcome) {
        if (outcome instanceof TaskOutcome.TimedOut timedOut) {
            timedOut(timedOut.error());
            return;
        }
        if (outcome instanceof TaskOutcome.Failure failure) {
            resourceFailed(failure.error(), failure.cause());
            return;
        }
        JsonNode result = ((TaskOutcome.Success) outcome).output();
        if (exec.exceedsPayloadLimit(result)) {
            String task = resource.kind() == TaskResource.Kind.SERVICE ? resource.resourceType()
                    : resource.resource();
            resourceFailed(ErrorNames.DATA_LIMIT_EXCEEDED, "The state/task '" + task + "' returned a result with a"
                    + " size exceeding the maximum number of bytes service limit.");
            return;
        }
        ObjectNode succeeded = exec.details();
        describe(succeeded);
        succeeded.set("output", result);
        succeeded.set("outputDetails", ExecutionRun.NOT_TRUNCATED);
        exec.emit(strand, resource.kind().succeeded, succeeded);
        exec.scheduler().next(() -> guarded(() -> complete(result)));
    }

    /** Records the resource's failure event, then fails (or retries, or catches) as a task failure. */
    private void resourceFailed(String error, @Nullable String cause) {
        ObjectNode failed = exec.details();
        if (!error.isEmpty()) {
            failed.put("error", error);
        }
        if (cause != null) {
            failed.put("cause", cause);
        }
        describe(failed);
        exec.emit(strand, resource.kind().failed, failed);
        taskFailed(error, cause);
    }

    private void complete(JsonNode result) {
        DataFlow flow = dataFlow;
        JsonNode selected = flow.selectResult(this, task.resultSelector(), result);
        DataFlow.Leaving leaving = flow.leave(this, effective, selected);
        exit(leaving.output(), leaving.assigned(), Boolean.TRUE.equals(task.end()) ? null : task.next());
    }

    /** The resource members events carry: service integrations name type and action in each event. */
    private void describe(ObjectNode details) {
        if (resource.kind() == TaskResource.Kind.SERVICE) {
            details.put("resourceType", resource.resourceType());
            details.put("resource", resource.resource());
        }
    }

    private static @Nullable Long seconds(@Nullable JsonNode value) {
        return value != null && value.canConvertToLong() ? value.longValue() : null;
    }
}
