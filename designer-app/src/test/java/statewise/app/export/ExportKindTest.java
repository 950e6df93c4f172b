package statewise.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import statewise.engine.document.AslDocument;
import statewise.engine.document.DocumentFormat;
import statewise.engine.parse.AslParser;
import statewise.engine.validate.Validator;

class ExportKindTest {

    private static final AslDocument DOCUMENT = AslParser.parse("""
            {"StartAt": "Call", "States": {
              "Call": {"Type": "Task",
                "Resource": "arn:aws:states:::lambda:invoke",
                "Parameters": {"FunctionName": "${CallFunction}",
                  "Payload": {"region": "${AWS::Region}"}},
                "End": true}}}""", DocumentFormat.JSON);

    @Test
    void yamlExportReadsBackToTheSameModel() {
        String yaml = text(ExportKind.ASL_YAML);

        assertEquals(DOCUMENT.stateMachine(), AslParser.parse(yaml, DocumentFormat.YAML).stateMachine());
    }

    @Test
    void cloudFormationKeepsPlaceholdersAsDefinitionSubstitutions() {
        String template = text(ExportKind.CLOUDFORMATION);

        assertTrue(template.contains("Type: AWS::StepFunctions::StateMachine"), template);
        assertTrue(template.contains("FunctionName: \"${CallFunction}\""), template);
        assertTrue(template.contains("region: \"${AWSRegion}\""), template);
        assertTrue(template.contains("DefinitionSubstitutions:\n        CallFunction:\n          Ref: CallFunction"),
                template);
        assertTrue(template.contains("AWSRegion:\n          Ref: AWS::Region"), template);
    }

    @Test
    void samUsesTheServerlessResource() {
        String template = text(ExportKind.SAM);

        assertTrue(template.contains("Transform: AWS::Serverless-2016-10-31"), template);
        assertTrue(template.contains("Type: AWS::Serverless::StateMachine"), template);
    }

    @Test
    void terraformTurnsPlaceholdersIntoVariables() {
        String hcl = text(ExportKind.TERRAFORM);

        assertTrue(hcl.contains("resource \"aws_sfn_state_machine\" \"orders\""), hcl);
        assertTrue(hcl.contains("\"FunctionName\": \"${var.CallFunction}\""), hcl);
        assertTrue(hcl.contains("\"region\": \"${data.aws_region.current.name}\""), hcl);
        assertTrue(hcl.contains("variable \"CallFunction\""), hcl);
        assertTrue(hcl.contains("data \"aws_region\" \"current\" {}"), hcl);
    }

    @Test
    void theDrawingsAreNotMadeFromTheDocumentAlone() {
        assertTrue(ExportKind.PNG.diagram() && ExportKind.SVG.diagram());
        assertThrows(IllegalStateException.class, () -> ExportKind.PNG.bytes(DOCUMENT, "orders"));
        assertThrows(IllegalStateException.class, () -> ExportKind.SVG.bytes(DOCUMENT, "orders"));
        assertTrue(Arrays.stream(ExportKind.values()).filter(kind -> kind != ExportKind.PNG && kind != ExportKind.SVG)
                .noneMatch(ExportKind::diagram));
    }

    @Test
    void checkSaysWhatAwsRefuses() {
        AslDocument broken = AslParser.parse("{\"StartAt\": \"Nowhere\", \"States\": {\"A\": {\"Type\": \"Succeed\"}}}",
                DocumentFormat.JSON);

        String refusal = ExportCheck.refusal(Validator.validate(broken));

        assertTrue(refusal.startsWith("AWS will refuse this definition"), refusal);
        assertNull(ExportCheck.refusal(Validator.validate(DOCUMENT)));
    }

    private static String text(ExportKind kind) {
        return new String(kind.bytes(DOCUMENT, "orders"), StandardCharsets.UTF_8);
    }
}
