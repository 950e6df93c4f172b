package statewise.engine.teststate.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MockResultSchemasTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STATES = "arn:aws:states:::";

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            lambda:invoke | STRICT | {"StatusCode": "200"} | Field 'StatusCode' must be a number
            lambda:invoke | STRICT | {"StatusCode": 200.5} | Field 'StatusCode' must be a number
            lambda:invoke | STRICT | [1, 2] | The mocked result must be a JSON object
            aws-sdk:lambda:invoke | STRICT | {"Payload": {"paid": true}} | Field 'Payload' must be a string
            aws-sdk:lambda:getFunction | STRICT | {"Configuration": {"MemorySize": 127}} | \
            Field 'MemorySize' is less than the minimum value
            aws-sdk:lambda:getFunction | PRESENT | {"Configuration": {"MemorySize": 40000}} | \
            Field 'MemorySize' exceeds the maximum value
            aws-sdk:lambda:getFunction | STRICT | {"Configuration": {"MemorySize": 10241}} | \
            Field 'MemorySize' exceeds the maximum value
            aws-sdk:lambda:getFunction | STRICT | {"Configuration": [128]} | Field 'Configuration' must be an object
            states:startExecution | STRICT | {} | Required field 'ExecutionArn' is missing
            states:startExecution | STRICT | {"executionArn": "a", "startDate": "d"} | \
            Required field 'ExecutionArn' is missing
            states:startExecution | STRICT | {"ExecutionArn": "a", "StartDate": 17} | Field 'StartDate' must be a string
            states:startExecution.sync | PRESENT | {"Output": {"total": 3}} | Field 'Output' must be a string
            states:startExecution.sync:2 | PRESENT | {"Status": "DONE"} | Field 'Status' is not an expected value
            aws-sdk:s3:getObject | STRICT | {"StorageClass": "Papyrus"} | Field 'StorageClass' is not an expected value
            aws-sdk:s3:getObject | STRICT | {"ContentLength": "9000"} | Field 'ContentLength' must be a number
            aws-sdk:s3:getObject | STRICT | {"DeleteMarker": "yes"} | Field 'DeleteMarker' must be a boolean
            aws-sdk:kms:encrypt | PRESENT | {"CiphertextBlob": ""} | \
            Field 'CiphertextBlob' is smaller than the minimum length
            aws-sdk:kms:encrypt | STRICT | {"CiphertextBlob": 123} | Field 'CiphertextBlob' must be a string
            events:putEvents | PRESENT | {"Entries": "none"} | Field 'Entries' must be an array
            events:putEvents | PRESENT | {"Entries": [{"EventId": "a"}, {"EventId": ["b"]}]} | \
            Field 'EventId' must be a string
            aws-sdk:eventbridge:putEvents | STRICT | {"FailedEntryCount": true} | \
            Field 'FailedEntryCount' must be a number
            dynamodb:putItem | STRICT | {"ConsumedCapacity": {"CapacityUnits": "1.5"}} | \
            Field 'CapacityUnits' must be a number
            dynamodb:getItem | STRICT | {"Item": [1]} | Field 'Item' must be an object
            dynamodb:getItem | STRICT | {"Item": {"id": {"S": 7}}} | Field 'S' must be a string
            sqs:sendMessage | STRICT | {"MessageId": 5} | Field 'MessageId' must be a string
            sns:publish | STRICT | {"SequenceNumber": false} | Field 'SequenceNumber' must be a string
            aws-sdk:sfn:describeExecution | STRICT | {"ExecutionArn": "a"} | Required field 'StateMachineArn' is missing
            """)
    void resultThatBreaksTheResponseShapeIsRefusedAsAwsWordsIt(String integration, String mode, String result,
            String message) {
        assertEquals(message, MockResultSchemas.violation(STATES + integration.strip(), json(result),
                FieldValidationMode.valueOf(mode)).orElse("(accepted)"));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            lambda:invoke | STRICT | {"Payload": "function output", "StatusCode": 200}
            lambda:invoke | STRICT | {"Payload": {"paid": true}, "SdkHttpMetadata": {"HttpStatusCode": 200}}
            lambda:invoke | STRICT | {"StatusCode": 200.0}
            states:startExecution | PRESENT | {}
            states:startExecution | PRESENT | {"executionArn": 5}
            states:startExecution | STRICT | {"ExecutionArn": "exec_arn", "StartDate": "2026-11-22T02:25:30.455938"}
            states:startExecution.sync:2 | STRICT | \
            {"ExecutionArn": "a", "StateMachineArn": "b", "Status": "SUCCEEDED", "StartDate": "d", "Output": {"x": 1}}
            events:putEvents | STRICT | {}
            events:putEvents | STRICT | {"random": "json"}
            dynamodb:getItem | STRICT | {"Item": {"id": {"S": "7"}, "tags": {"SS": ["a"]}}}
            aws-sdk:s3:getObject | STRICT | {"Body": "hello", "ContentLength": 5, "StorageClass": "GLACIER"}
            aws-sdk:lambda:getFunction | STRICT | {"Configuration": {"MemorySize": 10240}}
            lambda:invoke | NONE | {"StatusCode": "200"}
            lambda:invoke | NONE | "not an object"
            """)
    void resultThatFitsTheResponseShapeIsAccepted(String integration, String mode, String result) {
        assertEquals("(accepted)", MockResultSchemas.violation(STATES + integration.strip(), json(result),
                FieldValidationMode.valueOf(mode)).orElse("(accepted)"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "arn:aws:states:::lambda:invoke.waitForTaskToken",
        "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
        "arn:aws:states:::aws-sdk:s3:getObject.waitForTaskToken",
        "arn:aws:states:::ecs:runTask.sync",
        "arn:aws:states:::apigateway:invoke",
        "arn:aws:states:::aws-sdk:athena:startQueryExecution",
        "arn:aws:states:::aws-sdk:s3:noSuchAction",
        "arn:aws:lambda:us-east-1:111111111111:function:pay",
        "arn:aws:states:us-east-1:111111111111:activity:approve"})
    void resultsOfOtherResourcesAreNotChecked(String resource) {
        assertFalse(MockResultSchemas.checks(resource));
        assertTrue(MockResultSchemas.violation(resource, json("{\"StatusCode\": \"200\"}"), FieldValidationMode.STRICT)
                .isEmpty());
    }

    @Test
    void everyMappedIntegrationNamesAnOperationOfAShippedModel() {
        for (Map.Entry<String, ResponseTarget> entry : ResponseTarget.OPTIMIZED.entrySet()) {
            ResponseTarget target = entry.getValue();
            assertNotNull(ServiceModel.named(target.model()).outputShape(target.operation()), entry.getKey());
            assertTrue(MockResultSchemas.checks(STATES + entry.getKey()), entry.getKey());
        }
        Map<String, String> oneActionEach = Map.of("dynamodb", "getItem", "eventbridge", "putEvents", "kms",
                "encrypt", "lambda", "getFunction", "s3", "getObject", "sfn", "startExecution", "sns", "publish",
                "sqs", "sendMessage");
        assertEquals(ResponseTarget.SDK_SERVICES.keySet(), oneActionEach.keySet());
        oneActionEach.forEach((service, action) -> assertTrue(
                MockResultSchemas.checks(STATES + "aws-sdk:" + service + ":" + action), service));
    }

    @ParameterizedTest
    @CsvSource({"STRICT, STRICT", "PRESENT, PRESENT", "NONE, NONE"})
    void modesAreNamedAsTheApiSpellsThem(String name, FieldValidationMode mode) {
        assertEquals(mode, FieldValidationMode.named(name).orElseThrow());
    }

    @Test
    void modeNamesAreCaseSensitive() {
        assertTrue(FieldValidationMode.named("strict").isEmpty());
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
