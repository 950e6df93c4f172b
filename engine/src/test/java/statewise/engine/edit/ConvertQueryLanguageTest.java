package statewise.engine.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static statewise.engine.edit.EditFixture.apply;
import static statewise.engine.edit.EditFixture.denial;
import static statewise.engine.edit.EditFixture.errors;
import static statewise.engine.edit.EditFixture.json;

import org.junit.jupiter.api.Test;
import statewise.engine.document.AslDocument;
import statewise.engine.model.QueryLanguage;

/** ConvertQueryLanguage: one state to the other query language, where the meaning carries over. */
class ConvertQueryLanguageTest {

    private static final String LAMBDA = """
            {
              "StartAt": "Invoke",
              "States": {
                "Invoke": {
                  "Type": "Task",
                  "Resource": "arn:aws:states:::lambda:invoke",
                  "Parameters": {"FunctionName": "f", "Payload.$": "$.order", "Id.$": "$$.Execution.Id"},
                  "OutputPath": "$.Payload",
                  "Next": "Done"
                },
                "Done": {"Type": "Succeed"}
              }
            }
            """;

    @Test
    void convertLambdaTaskToJsonataRewritesPathsAsExpressions() {
        EditResult result = apply(json(LAMBDA),
                new ConvertQueryLanguage(StateRef.top("Invoke"), QueryLanguage.JSONATA));

        assertThat(result.text()).contains("\"QueryLanguage\": \"JSONata\"")
                .contains("\"Payload\": \"{% $states.input.order %}\"")
                .contains("\"Id\": \"{% $states.context.Execution.Id %}\"")
                .contains("\"Output\": \"{% $states.result.Payload %}\"")
                .doesNotContain("Parameters").doesNotContain("OutputPath");
        assertThat(errors(result.document())).isEmpty();
    }

    @Test
    void convertBackToJsonPathGivesTheOriginalFields() {
        EditResult there = apply(json(LAMBDA),
                new ConvertQueryLanguage(StateRef.top("Invoke"), QueryLanguage.JSONATA));

        EditResult back = apply(there.document(),
                new ConvertQueryLanguage(StateRef.top("Invoke"), QueryLanguage.JSONPATH));

        assertThat(back.model()).isEqualTo(json(LAMBDA).stateMachine());
    }

    @Test
    void convertIsRefusedForFieldsWithoutAPlainCounterpart() {
        AslDocument filtered = json(LAMBDA.replace("\"$.order\"", "\"$.items[0]\"")
                .replace("\"OutputPath\": \"$.Payload\",", "\"ResultPath\": \"$.r\","));

        String reason = denial(filtered, new ConvertQueryLanguage(StateRef.top("Invoke"), QueryLanguage.JSONATA));

        assertThat(reason).contains("ResultPath").contains("Parameters");
    }

    @Test
    void convertIsRefusedToTheLanguageTheStateUses() {
        assertThat(denial(json(LAMBDA), new ConvertQueryLanguage(StateRef.top("Done"), QueryLanguage.JSONPATH)))
                .contains("already uses JSONPath");
    }
}
