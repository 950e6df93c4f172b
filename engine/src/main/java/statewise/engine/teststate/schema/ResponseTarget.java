package statewise.engine.teststate.schema;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The API response a Task's resource answers with, as Step Functions shapes it: the service model, the operation
 * whose output shape applies, and the top-level fields Step Functions fills with any JSON instead of the API's type
 * ({@code lambda:invoke}'s {@code Payload}, {@code startExecution.sync:2}'s {@code Input} and {@code Output}).
 * Field names are the API's member names with the first letter capitalised, as Step Functions writes them.
 *
 * @param model          the botocore model's name
 * @param operation      the operation's name in the model
 * @param anyJsonMembers top-level fields that hold any JSON
 */
record ResponseTarget(String model, String operation, Set<String> anyJsonMembers) {

    private static final String STATES = "arn:aws:states:::";
    private static final String AWS_SDK = "aws-sdk:";

    /** The optimized integrations whose results are checked, by resource after {@code arn:aws:states:::}. */
    static final Map<String, ResponseTarget> OPTIMIZED = Map.ofEntries(
            Map.entry("lambda:invoke", new ResponseTarget("lambda", "Invoke", Set.of("Payload"))),
            Map.entry("dynamodb:getItem", new ResponseTarget("dynamodb", "GetItem", Set.of())),
            Map.entry("dynamodb:putItem", new ResponseTarget("dynamodb", "PutItem", Set.of())),
            Map.entry("dynamodb:updateItem", new ResponseTarget("dynamodb", "UpdateItem", Set.of())),
            Map.entry("dynamodb:deleteItem", new ResponseTarget("dynamodb", "DeleteItem", Set.of())),
            Map.entry("events:putEvents", new ResponseTarget("events", "PutEvents", Set.of())),
            Map.entry("states:startExecution", new ResponseTarget("stepfunctions", "StartExecution", Set.of())),
            Map.entry("states:startExecution.sync",
                    new ResponseTarget("stepfunctions", "DescribeExecution", Set.of())),
            Map.entry("states:startExecution.sync:2",
                    new ResponseTarget("stepfunctions", "DescribeExecution", Set.of("Input", "Output"))),
            Map.entry("sqs:sendMessage", new ResponseTarget("sqs", "SendMessage", Set.of())),
            Map.entry("sns:publish", new ResponseTarget("sns", "Publish", Set.of())));

    /** The AWS SDK integrations' service names ({@code aws-sdk:SERVICE:action}) whose models ship, to the model. */
    static final Map<String, String> SDK_SERVICES = Map.of("dynamodb", "dynamodb", "eventbridge", "events",
            "kms", "kms", "lambda", "lambda", "s3", "s3", "sfn", "stepfunctions", "sns", "sns", "sqs", "sqs");

    /**
     * What a Task with this resource answers with, when its results are checked: the optimized integrations above
     * and the AWS SDK integrations of the services above. Callback tasks ({@code .waitForTaskToken}) answer with
     * whatever the callback sends, and Lambda function and activity ARNs with whatever they return: unchecked.
     */
    static Optional<ResponseTarget> of(String resource) {
        if (!resource.startsWith(STATES)) {
            return Optional.empty();
        }
        String integration = resource.substring(STATES.length());
        if (!integration.startsWith(AWS_SDK)) {
            return Optional.ofNullable(OPTIMIZED.get(integration));
        }
        String[] serviceAndAction = integration.substring(AWS_SDK.length()).split(":", -1);
        if (serviceAndAction.length != 2 || serviceAndAction[1].isEmpty() || serviceAndAction[1].contains(".")) {
            return Optional.empty();
        }
        String model = SDK_SERVICES.get(serviceAndAction[0]);
        return model == null ? Optional.empty()
                : Optional.of(new ResponseTarget(model, capitalized(serviceAndAction[1]), Set.of()));
    }

    /** Step Functions writes API member names (and AWS SDK actions name operations) with a capital first letter. */
    static String capitalized(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
