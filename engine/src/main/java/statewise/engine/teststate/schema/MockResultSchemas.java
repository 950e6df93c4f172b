package statewise.engine.teststate.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * TestState's check of a mocked Task result against the response shape of the API the Task calls, as AWS checks it
 * before running the state ({@code Mock result schema validation error: …}). Checked: the optimized integrations
 * {@code lambda:invoke}, {@code dynamodb:getItem|putItem|updateItem|deleteItem}, {@code events:putEvents},
 * {@code states:startExecution(.sync|.sync:2)}, {@code sqs:sendMessage}, {@code sns:publish}, and the AWS SDK
 * integrations ({@code arn:aws:states:::aws-sdk:SERVICE:action}) of dynamodb, eventbridge, kms, lambda, s3, sfn, sns
 * and sqs. The results of every other resource (other services, callback tasks, Lambda function and activity ARNs)
 * are not checked.
 */
public final class MockResultSchemas {

    private MockResultSchemas() {
    }

    /** Whether mocked results of this Task resource are checked against a response shape. */
    public static boolean checks(String resource) {
        return ResponseTarget.of(resource)
                .map(target -> ServiceModel.named(target.model()).outputShape(target.operation()) != null)
                .orElse(false);
    }

    /**
     * The first way {@code result} breaks the response shape of {@code resource}, worded as AWS words it after
     * "Mock result schema validation error: ", or empty when it fits or is not checked.
     */
    public static Optional<String> violation(String resource, JsonNode result, FieldValidationMode mode) {
        if (mode == FieldValidationMode.NONE) {
            return Optional.empty();
        }
        return ResponseTarget.of(resource).flatMap(target -> {
            ServiceModel model = ServiceModel.named(target.model());
            String output = model.outputShape(target.operation());
            return output == null ? Optional.empty() : Optional.ofNullable(
                    new ResponseChecker(model, mode).check(result, output, target.anyJsonMembers()));
        });
    }
}
