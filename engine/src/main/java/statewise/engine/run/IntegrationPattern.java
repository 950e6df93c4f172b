package statewise.engine.run;

/**
 * How a Task waits for its resource, read from the Resource ARN. AWS: "Request Response" calls the service and
 * moves on; "Run a Job" ({@code .sync}, {@code .sync:2}) waits for the job it started; "Wait for a Callback" with a
 * Task Token ({@code .waitForTaskToken}) waits until someone sends the token back; an activity waits for a worker.
 * The waiting patterns get a task token ({@code $$.Task.Token}) and record TaskSubmitted or ActivityStarted.
 */
public enum IntegrationPattern {
    REQUEST_RESPONSE,
    /** {@code .sync}: the job's result with its payloads as JSON text (a nested execution's Input and Output). */
    SYNC,
    /** {@code .sync:2}: as {@link #SYNC} with payloads as JSON values. */
    SYNC_V2,
    CALLBACK,
    ACTIVITY;

    /** The pattern of a Task's {@code Resource}. */
    public static IntegrationPattern of(String resource) {
        if (resource.contains(":activity:")) {
            return ACTIVITY;
        }
        if (resource.endsWith(".waitForTaskToken")) {
            return CALLBACK;
        }
        if (resource.endsWith(".sync:2")) {
            return SYNC_V2;
        }
        if (resource.endsWith(".sync")) {
            return SYNC;
        }
        return REQUEST_RESPONSE;
    }

    /** Whether the task waits for an answer after its request: it has a task token. */
    public boolean waits() {
        return this != REQUEST_RESPONSE;
    }
}
