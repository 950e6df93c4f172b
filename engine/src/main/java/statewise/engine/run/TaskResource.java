package statewise.engine.run;

import statewise.engine.run.history.EventType;

/**
 * How a Task's Resource shows in history. Optimized and SDK integrations ({@code arn:aws:states:::sns:publish})
 * record Task events with {@code resourceType} {@code sns} and {@code resource} {@code publish}; a Lambda function
 * ARN records LambdaFunction events; an activity ARN records Activity events.
 *
 * @param resourceType e.g. {@code lambda}, {@code sns}, {@code aws-sdk:s3}; the ARN itself for Lambda and activities
 * @param resource     e.g. {@code invoke}, {@code publish.waitForTaskToken}; the ARN for Lambda and activities
 */
record TaskResource(Kind kind, String resourceType, String resource) {

    /** Which family of history events a Task records. */
    enum Kind {
        SERVICE(EventType.TASK_SCHEDULED, EventType.TASK_STARTED, EventType.TASK_SUCCEEDED, EventType.TASK_FAILED,
                EventType.TASK_TIMED_OUT),
        LAMBDA(EventType.LAMBDA_FUNCTION_SCHEDULED, EventType.LAMBDA_FUNCTION_STARTED,
                EventType.LAMBDA_FUNCTION_SUCCEEDED, EventType.LAMBDA_FUNCTION_FAILED,
                EventType.LAMBDA_FUNCTION_TIMED_OUT),
        ACTIVITY(EventType.ACTIVITY_SCHEDULED, EventType.ACTIVITY_STARTED, EventType.ACTIVITY_SUCCEEDED,
                EventType.ACTIVITY_FAILED, EventType.ACTIVITY_TIMED_OUT);

        final EventType scheduled;
        final EventType started;
        final EventType succeeded;
        final EventType failed;
        final EventType timedOut;

        Kind(EventType scheduled, EventType started, EventType succeeded, EventType failed, EventType timedOut) {
            this.scheduled = scheduled;
            this.started = started;
            this.succeeded = succeeded;
            this.failed = failed;
            this.timedOut = timedOut;
        }
    }

    private static final String INTEGRATION = ":states:::";

    static TaskResource of(String arn) {
        int integration = arn.indexOf(INTEGRATION);
        if (integration >= 0) {
            String rest = arn.substring(integration + INTEGRATION.length());
            int split = rest.startsWith("aws-sdk:") ? rest.indexOf(':', "aws-sdk:".length()) : rest.indexOf(':');
            if (split > 0) {
                return new TaskResource(Kind.SERVICE, rest.substring(0, split), rest.substring(split + 1));
            }
        }
        if (arn.contains(":activity:")) {
            return new TaskResource(Kind.ACTIVITY, arn, arn);
        }
        return new TaskResource(Kind.LAMBDA, arn, arn);
    }
}
