package statewise.app.inspector;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/**
 * A common Task integration the Resource picker offers: its ARN and a request skeleton to start from, in the
 * JSONPath form ({@code Parameters}, keys ending in {@code .$}) and the JSONata form ({@code Arguments}).
 *
 * @param label    what the picker shows
 * @param resource the Resource ARN
 * @param jsonPath the Parameters skeleton as JSON text
 * @param jsonata  the Arguments skeleton as JSON text
 */
public record Integration(String label, String resource, String jsonPath, String jsonata) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Every integration the picker offers, most used first. */
    public static final List<Integration> ALL = List.of(
            new Integration("Lambda: invoke", "arn:aws:states:::lambda:invoke",
                    "{\"FunctionName\": \"${FunctionName}\", \"Payload.$\": \"$\"}",
                    "{\"FunctionName\": \"${FunctionName}\", \"Payload\": \"{% $states.input %}\"}"),
            new Integration("Lambda: invoke and wait for callback",
                    "arn:aws:states:::lambda:invoke.waitForTaskToken",
                    "{\"FunctionName\": \"${FunctionName}\", \"Payload\": {\"input.$\": \"$\","
                            + " \"taskToken.$\": \"$$.Task.Token\"}}",
                    "{\"FunctionName\": \"${FunctionName}\", \"Payload\": {\"input\": \"{% $states.input %}\","
                            + " \"taskToken\": \"{% $states.context.Task.Token %}\"}}"),
            new Integration("SNS: publish", "arn:aws:states:::sns:publish",
                    "{\"TopicArn\": \"${TopicArn}\", \"Message.$\": \"$\"}",
                    "{\"TopicArn\": \"${TopicArn}\", \"Message\": \"{% $states.input %}\"}"),
            new Integration("SQS: send message", "arn:aws:states:::sqs:sendMessage",
                    "{\"QueueUrl\": \"${QueueUrl}\", \"MessageBody.$\": \"$\"}",
                    "{\"QueueUrl\": \"${QueueUrl}\", \"MessageBody\": \"{% $states.input %}\"}"),
            new Integration("SQS: send message and wait for callback",
                    "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
                    "{\"QueueUrl\": \"${QueueUrl}\", \"MessageBody\": {\"input.$\": \"$\","
                            + " \"taskToken.$\": \"$$.Task.Token\"}}",
                    "{\"QueueUrl\": \"${QueueUrl}\", \"MessageBody\": {\"input\": \"{% $states.input %}\","
                            + " \"taskToken\": \"{% $states.context.Task.Token %}\"}}"),
            new Integration("DynamoDB: get item", "arn:aws:states:::dynamodb:getItem",
                    "{\"TableName\": \"${TableName}\", \"Key\": {\"id\": {\"S.$\": \"$.id\"}}}",
                    "{\"TableName\": \"${TableName}\", \"Key\": {\"id\": {\"S\": \"{% $states.input.id %}\"}}}"),
            new Integration("DynamoDB: put item", "arn:aws:states:::dynamodb:putItem",
                    "{\"TableName\": \"${TableName}\", \"Item\": {\"id\": {\"S.$\": \"$.id\"}}}",
                    "{\"TableName\": \"${TableName}\", \"Item\": {\"id\": {\"S\": \"{% $states.input.id %}\"}}}"),
            new Integration("EventBridge: put events", "arn:aws:states:::events:putEvents",
                    "{\"Entries\": [{\"Source\": \"my.app\", \"DetailType\": \"Event\", \"Detail.$\": \"$\","
                            + " \"EventBusName\": \"default\"}]}",
                    "{\"Entries\": [{\"Source\": \"my.app\", \"DetailType\": \"Event\","
                            + " \"Detail\": \"{% $states.input %}\", \"EventBusName\": \"default\"}]}"),
            new Integration("HTTP: invoke an API", "arn:aws:states:::http:invoke",
                    "{\"ApiEndpoint\": \"https://api.example.com/items\", \"Method\": \"POST\","
                            + " \"Authentication\": {\"ConnectionArn\": \"${ConnectionArn}\"},"
                            + " \"RequestBody.$\": \"$\"}",
                    "{\"ApiEndpoint\": \"https://api.example.com/items\", \"Method\": \"POST\","
                            + " \"Authentication\": {\"ConnectionArn\": \"${ConnectionArn}\"},"
                            + " \"RequestBody\": \"{% $states.input %}\"}"),
            new Integration("Step Functions: start execution and wait (.sync)",
                    "arn:aws:states:::states:startExecution.sync:2",
                    "{\"StateMachineArn\": \"${StateMachineArn}\", \"Input.$\": \"$\"}",
                    "{\"StateMachineArn\": \"${StateMachineArn}\", \"Input\": \"{% $states.input %}\"}"),
            new Integration("Step Functions: start execution", "arn:aws:states:::states:startExecution",
                    "{\"StateMachineArn\": \"${StateMachineArn}\", \"Input.$\": \"$\"}",
                    "{\"StateMachineArn\": \"${StateMachineArn}\", \"Input\": \"{% $states.input %}\"}"),
            new Integration("ECS: run task and wait (.sync)", "arn:aws:states:::ecs:runTask.sync",
                    "{\"Cluster\": \"${ClusterArn}\", \"TaskDefinition\": \"${TaskDefinitionArn}\","
                            + " \"LaunchType\": \"FARGATE\"}",
                    "{\"Cluster\": \"${ClusterArn}\", \"TaskDefinition\": \"${TaskDefinitionArn}\","
                            + " \"LaunchType\": \"FARGATE\"}"),
            new Integration("Activity", "arn:aws:states:${AWS::Region}:${AWS::AccountId}:activity:${ActivityName}",
                    "", ""));

    /** The request skeleton for a state in the given query language; JSON null when the resource takes none. */
    public JsonNode skeleton(boolean jsonataState) {
        String text = jsonataState ? jsonata : jsonPath;
        if (text.isEmpty()) {
            return MAPPER.nullNode();
        }
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("bad skeleton for " + label, e);
        }
    }

    /** True when the integration sends no request of its own (activities read the state's input). */
    public boolean bare() {
        return jsonPath.isEmpty();
    }

    @Override
    public String toString() {
        return label;
    }
}
