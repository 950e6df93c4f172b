package statewise.engine.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import statewise.engine.document.AslDocument;
import statewise.engine.document.Diagnostic;
import statewise.engine.document.DocumentFormat;
import statewise.engine.model.TaskState;
import statewise.engine.validate.Validator;

class CloudFormationTemplatesTest {

    /** A SAM application as `sam init` makes it, with short tags and a definition in a file next to it. */
    private static final String SAM = """
            AWSTemplateFormatVersion: 2010-09-09
            Transform: AWS::Serverless-2016-10-31
            Description: Stock trader

            Resources:
              StockTradingStateMachine:
                Type: AWS::Serverless::StateMachine # More info about State Machine Resource
                Properties:
                  DefinitionUri: statemachine/stock_trader.asl.json
                  DefinitionSubstitutions:
                    StockCheckerFunctionArn: !GetAtt StockCheckerFunction.Arn
                    DDBTable: !Ref TransactionTable
                  Events:
                    HourlyTradingSchedule:
                      Type: Schedule
                      Properties:
                        Schedule: "rate(1 hour)"
                  Policies:
                    - LambdaInvokePolicy:
                        FunctionName: !Ref StockCheckerFunction

              StockCheckerFunction:
                Type: AWS::Serverless::Function
                Properties:
                  CodeUri: functions/stock_checker/
                  Handler: app.lambda_handler
                  Runtime: python3.12

              TransactionTable:
                Type: AWS::Serverless::SimpleTable
            """;

    private static final String STOCK_TRADER = """
            {
              "StartAt": "Check Stock Value",
              "States": {
                "Check Stock Value": {
                  "Type": "Task",
                  "Resource": "arn:aws:states:::lambda:invoke",
                  "Parameters": {"FunctionName": "${StockCheckerFunctionArn}", "Payload.$": "$"},
                  "OutputPath": "$.Payload",
                  "Next": "Record Transaction"
                },
                "Record Transaction": {
                  "Type": "Task",
                  "Resource": "arn:aws:states:::dynamodb:putItem",
                  "Parameters": {"TableName": "${DDBTable}", "Item": {"Id": {"S.$": "$.id"}}},
                  "End": true
                }
              }
            }
            """;

    /** A CloudFormation stack with the definition inline in YAML and a Lambda ARN from !GetAtt. */
    private static final String CFN_INLINE = """
            AWSTemplateFormatVersion: "2010-09-09"
            Parameters:
              Stage:
                Type: String
            Resources:
              OrderFlow:
                Type: AWS::StepFunctions::StateMachine
                Properties:
                  StateMachineName: !Sub "orders-${Stage}"
                  RoleArn: !GetAtt [OrderFlowRole, Arn]
                  Definition:
                    Comment: Orders
                    StartAt: Charge
                    States:
                      Charge:
                        Type: Task
                        Resource: !GetAtt ChargeFunction.Arn
                        TimeoutSeconds: 30
                        Next: Done
                      Done:
                        Type: Succeed
              ChargeFunction:
                Type: AWS::Lambda::Function
            """;

    @Test
    void samDefinitionUriIsReadFromTheFileNextToTheTemplate(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("statemachine"));
        Files.writeString(dir.resolve("statemachine/stock_trader.asl.json"), STOCK_TRADER);
        Path template = Files.writeString(dir.resolve("template.yaml"), SAM);
        TemplateScan scan = CloudFormationTemplates.scan(template);
        assertThat(scan.error()).isNull();
        TemplateStateMachine machine = scan.stateMachines().get(0);
        assertThat(machine.logicalId()).isEqualTo("StockTradingStateMachine");
        assertThat(machine.resourceType()).isEqualTo(CloudFormationTemplates.SERVERLESS);
        assertThat(machine.source()).isEqualTo("DefinitionUri (statemachine/stock_trader.asl.json)");
        assertThat(machine.substitutions()).containsExactly("StockCheckerFunctionArn", "DDBTable");
        assertThat(machine.definition()).isEqualTo(STOCK_TRADER);
        AslDocument document = machine.document();
        assertThat(document.stateMachine().states()).containsKeys("Check Stock Value", "Record Transaction");
        assertThat(Validator.validate(document)).noneMatch(Diagnostic::isError);
    }

    @Test
    void inlineDefinitionWithShortTagsKeepsThemAsPlaceholders() {
        TemplateScan scan = CloudFormationTemplates.scan(CFN_INLINE, null);
        TemplateStateMachine machine = scan.stateMachines().get(0);
        assertThat(machine.source()).isEqualTo("Definition");
        assertThat(machine.format()).isEqualTo(DocumentFormat.YAML);
        AslDocument document = machine.document();
        TaskState charge = (TaskState) document.stateMachine().states().get("Charge");
        assertThat(charge.resource()).isEqualTo("${ChargeFunction.Arn}");
        assertThat(document.stateMachine().comment()).isEqualTo("Orders");
        assertThat(Validator.validate(document)).noneMatch(Diagnostic::isError);
    }

    @Test
    void definitionStringWithFnSubInJson() {
        String definition = "{\"StartAt\": \"Call\", \"States\": {\"Call\": {\"Type\": \"Task\", \"Resource\":"
                + " \"arn:aws:lambda:${AWS::Region}:${AWS::AccountId}:function:${Fn}\", \"End\": true}}}";
        String template = "{\"Resources\": {\"Flow\": {\"Type\": \"AWS::StepFunctions::StateMachine\",\n"
                + "  \"Properties\": {\"DefinitionString\": {\"Fn::Sub\": [" + TextNode.valueOf(definition)
                + ", {\"Fn\": {\"Ref\": \"Worker\"}}]},\n  \"RoleArn\": {\"Fn::GetAtt\": [\"Role\", \"Arn\"]}}}}}";
        TemplateStateMachine machine = CloudFormationTemplates.scan(template, null).stateMachines().get(0);
        assertThat(machine.source()).isEqualTo("DefinitionString (Fn::Sub)");
        assertThat(machine.format()).isEqualTo(DocumentFormat.JSON);
        TaskState call = (TaskState) machine.document().stateMachine().states().get("Call");
        assertThat(call.resource()).isEqualTo("arn:aws:lambda:${AWS::Region}:${AWS::AccountId}:function:${Fn}");
        assertThat(Validator.validate(machine.document())).noneMatch(Diagnostic::isError);
    }

    @Test
    void definitionStringWithShortSubBlockInYaml() {
        String template = """
                Resources:
                  Flow:
                    Type: AWS::StepFunctions::StateMachine
                    Properties:
                      DefinitionString: !Sub |
                        {
                          "StartAt": "Wait",
                          "States": {"Wait": {"Type": "Wait", "Seconds": ${Delay}, "End": true}}
                        }
                """;
        TemplateStateMachine machine = CloudFormationTemplates.scan(template, null).stateMachines().get(0);
        assertThat(machine.definition()).contains("\"Seconds\": ${Delay}");
        assertThat(machine.source()).isEqualTo("DefinitionString (Fn::Sub)");
    }

    @Test
    void definitionStringWithFnJoinAsCdkWritesIt() {
        String template = """
                {"Resources": {"MyStateMachine6C968CA5": {"Type": "AWS::StepFunctions::StateMachine",
                  "Properties": {"DefinitionString": {"Fn::Join": ["", [
                    "{\\"StartAt\\":\\"Invoke\\",\\"States\\":{\\"Invoke\\":{\\"End\\":true,\\"Type\\":\\"Task\\",",
                    "\\"Resource\\":\\"arn:", {"Ref": "AWS::Partition"}, ":states:::lambda:invoke\\",",
                    "\\"Parameters\\":{\\"FunctionName\\":\\"", {"Fn::GetAtt": ["Handler886CB40B", "Arn"]},
                    "\\",\\"Payload.$\\":\\"$\\"}}}}"]]}}}}}
                """;
        TemplateStateMachine machine = CloudFormationTemplates.scan(template, null).stateMachines().get(0);
        assertThat(machine.source()).isEqualTo("DefinitionString (Fn::Join)");
        TaskState invoke = (TaskState) machine.document().stateMachine().states().get("Invoke");
        assertThat(invoke.resource()).isEqualTo("arn:${AWS::Partition}:states:::lambda:invoke");
        assertThat(invoke.parameters().get("FunctionName").asText()).isEqualTo("${Handler886CB40B.Arn}");
        assertThat(Validator.validate(machine.document())).noneMatch(Diagnostic::isError);
    }

    @Test
    void everyStateMachineIsListedInTemplateOrderWithItsProblem() {
        String template = """
                Resources:
                  Kept:
                    Type: AWS::StepFunctions::StateMachine
                    Properties:
                      DefinitionS3Location: {Bucket: my-bucket, Key: flows/kept.asl.json}
                  Local:
                    Type: AWS::Serverless::StateMachine
                    Properties:
                      DefinitionUri: flows/local.asl.yaml
                  Inline:
                    Type: AWS::Serverless::StateMachine
                    Properties:
                      Definition: {StartAt: A, States: {A: {Type: Succeed}}}
                """;
        TemplateScan scan = CloudFormationTemplates.scan(template, null);
        assertThat(scan.stateMachines()).extracting(TemplateStateMachine::logicalId)
                .containsExactly("Kept", "Local", "Inline");
        assertThat(scan.stateMachines().get(0).problem())
                .isEqualTo("The definition is kept in S3 (s3://my-bucket/flows/kept.asl.json); download it and open"
                        + " the file instead.");
        assertThat(scan.stateMachines().get(1).problem()).contains("open the template from its file");
        assertThat(scan.stateMachines().get(2).problem()).isNull();
        assertThatThrownBy(() -> scan.stateMachines().get(0).document()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void missingDefinitionFileIsAProblemOfThatStateMachine(@TempDir Path dir) throws IOException {
        Path template = Files.writeString(dir.resolve("template.yaml"), SAM);
        TemplateStateMachine machine = CloudFormationTemplates.scan(template).stateMachines().get(0);
        assertThat(machine.definition()).isNull();
        assertThat(machine.problem()).startsWith("The file 'statemachine/stock_trader.asl.json' named by"
                + " DefinitionUri cannot be read");
    }

    @Test
    void templateWithoutStateMachineSaysSo() {
        String template = """
                Resources:
                  Bucket:
                    Type: AWS::S3::Bucket
                """;
        assertThat(CloudFormationTemplates.scan(template, null).error()).isEqualTo("The template defines no state"
                + " machine: none of its resources is of type AWS::StepFunctions::StateMachine or"
                + " AWS::Serverless::StateMachine.");
        assertThat(CloudFormationTemplates.scan("{\"StartAt\": \"A\"}", null).error())
                .isEqualTo("This is not a CloudFormation or SAM template: it has no Resources section.");
        assertThat(CloudFormationTemplates.scan("  ", null).error()).isEqualTo("The template is empty.");
    }

    @Test
    void badYamlGivesTheLine() {
        String template = """
                Resources:
                  Flow:
                    Type: AWS::StepFunctions::StateMachine
                      Properties: [
                """;
        assertThat(CloudFormationTemplates.scan(template, null).error())
                .startsWith("The template is not valid YAML (line 4, column");
    }

    @Test
    void badJsonGivesTheLine() {
        assertThat(CloudFormationTemplates.scan("{\"Resources\": {\n  \"A\": }", null).error())
                .startsWith("The template is not valid JSON (line 2, column");
    }

    @Test
    void unreadableDefinitionStringIsExplained() {
        String template = """
                Resources:
                  Flow:
                    Type: AWS::StepFunctions::StateMachine
                    Properties:
                      DefinitionString: !ImportValue SharedDefinition
                """;
        assertThat(CloudFormationTemplates.scan(template, null).stateMachines().get(0).problem())
                .isEqualTo("DefinitionString is written with Fn::ImportValue, whose value is only known when the"
                        + " stack is deployed.");
    }
}
