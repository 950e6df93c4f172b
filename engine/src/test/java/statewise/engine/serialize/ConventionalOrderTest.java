package statewise.engine.serialize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import statewise.engine.document.DocumentFormat;
import statewise.engine.model.StateMachine;
import statewise.engine.parse.AslParser;

/** Objects without a key-order hint (new states, new parts) are written in the conventional order. */
class ConventionalOrderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Task   |        | {"End": true, "Catch": [], "Retry": [], "Assign": {}, "Output": 1, "Arguments": {}, \
                                "Credentials": {}, "HeartbeatSeconds": 1, "TimeoutSeconds": 5, "Resource": "r", \
                                "QueryLanguage": "JSONata", "Comment": "c", "Type": "Task"} \
                              | Type,Comment,QueryLanguage,Resource,TimeoutSeconds,HeartbeatSeconds,Credentials,\
                                Arguments,Output,Assign,Retry,Catch,End
            Pass   |        | {"Next": "B", "OutputPath": "$", "ResultPath": "$.r", "Result": 1, "Parameters": {}, \
                                "InputPath": "$", "Type": "Pass"} \
                              | Type,InputPath,Parameters,Result,ResultPath,OutputPath,Next
            Choice |        | {"Default": "D", "Assign": {}, "OutputPath": "$", "Choices": [], "InputPath": "$", \
                                "Type": "Choice"} \
                              | Type,InputPath,Choices,OutputPath,Assign,Default
            Wait   |        | {"End": true, "Seconds": 5, "Comment": "c", "Type": "Wait"} \
                              | Type,Comment,Seconds,End
            Succeed|        | {"OutputPath": "$", "InputPath": "$", "Type": "Succeed"} \
                              | Type,InputPath,OutputPath
            Fail   |        | {"Cause": "c", "Error": "E", "Type": "Fail"} \
                              | Type,Error,Cause
            Parallel|       | {"End": true, "ResultPath": "$.r", "Branches": [], "Type": "Parallel"} \
                              | Type,Branches,ResultPath,End
            Map    |        | {"End": true, "ItemProcessor": {"States": {}, "StartAt": "A"}, "MaxConcurrency": 2, \
                                "ItemSelector": {}, "ItemsPath": "$.i", "Type": "Map"} \
                              | Type,ItemsPath,ItemSelector,MaxConcurrency,ItemProcessor,End
            unknown field |  | {"X-Note": 1, "End": true, "Type": "Pass"} \
                              | Type,End,X-Note
            wrong-shaped field keeps its place | | {"End": true, "TimeoutSeconds": "soon", "Resource": "r", \
                                "Type": "Task"} \
                              | Type,Resource,TimeoutSeconds,End
            retrier | /Retry/0 | {"Type": "Task", "Resource": "r", "End": true, "Retry": [{"JitterStrategy": "FULL", \
                                "MaxDelaySeconds": 9, "BackoffRate": 2.0, "MaxAttempts": 3, "IntervalSeconds": 1, \
                                "ErrorEquals": ["E"], "Comment": "c"}]} \
                              | Comment,ErrorEquals,IntervalSeconds,MaxAttempts,BackoffRate,MaxDelaySeconds,\
                                JitterStrategy
            catcher | /Catch/0 | {"Type": "Task", "Resource": "r", "End": true, "Catch": [{"Next": "A", \
                                "ResultPath": "$.e", "ErrorEquals": ["E"]}]} \
                              | ErrorEquals,ResultPath,Next
            choice rule | /Choices/0 | {"Type": "Choice", "Choices": [{"Next": "A", "StringEquals": "x", \
                                "Variable": "$.v", "Comment": "c"}]} \
                              | Comment,Variable,StringEquals,Next
            JSONata rule | /Choices/0 | {"Type": "Choice", "Choices": [{"Next": "A", "Assign": {}, \
                                "Condition": "{% true %}"}]} \
                              | Condition,Assign,Next
            item processor | /ItemProcessor | {"Type": "Map", "End": true, "ItemProcessor": {"States": {}, \
                                "StartAt": "A", "ProcessorConfig": {"Mode": "INLINE"}}} \
                              | ProcessorConfig,StartAt,States
            item reader | /ItemReader | {"Type": "Map", "End": true, "ItemProcessor": {"StartAt": "A", \
                                "States": {}}, "ItemReader": {"Parameters": {}, "Resource": "r", \
                                "ReaderConfig": {}}} \
                              | ReaderConfig,Resource,Parameters
            """)
    void newObjectsGetTheConventionalOrder(String what, String pointer, String state, String expected) {
        String text = AslSerializer.json().write(
                Objects.requireNonNull(AslParser.parseState(state, DocumentFormat.JSON).state()));
        String at = pointer == null ? "" : pointer;
        assertEquals(List.of(expected.split("\\s*,\\s*")), KeySequences.of(text, DocumentFormat.JSON).get(at));
    }

    @Test
    void topLevelPutsStatesAfterStartAtAndVersionLast() {
        StateMachine machine = AslParser.parse("""
                {"Version": "1.0", "TimeoutSeconds": 5, "States": {"A": {"Type": "Succeed"}}, "StartAt": "A",
                 "QueryLanguage": "JSONPath", "Comment": "c"}""", DocumentFormat.JSON).stateMachine();
        String text = AslSerializer.json().write(Objects.requireNonNull(machine));
        assertEquals(List.of("Comment", "QueryLanguage", "StartAt", "States", "TimeoutSeconds", "Version"),
                KeySequences.top(text, DocumentFormat.JSON));
    }

    @Test
    void statesKeepTheModelsOrder() {
        StateMachine machine = AslParser.parse("""
                {"StartAt": "Z", "States": {"Z": {"Type": "Pass", "Next": "A"}, "A": {"Type": "Pass", "Next": "M"},
                 "M": {"Type": "Succeed"}}}""", DocumentFormat.JSON).stateMachine();
        String text = AslSerializer.yaml().write(Objects.requireNonNull(machine));
        assertEquals(List.of("Z", "A", "M"), KeySequences.of(text, DocumentFormat.YAML).get("/States"));
    }
}
