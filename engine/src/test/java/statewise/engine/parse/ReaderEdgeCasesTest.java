package statewise.engine.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import statewise.engine.document.AslDocument;
import statewise.engine.document.Diagnostic;
import statewise.engine.document.DocumentFormat;
import statewise.engine.document.SourceSpan;
import statewise.engine.validate.Validator;

class ReaderEdgeCasesTest {

    @Test
    void yamlAliasReadsAsTheAnchoredValue() {
        String text = """
                StartAt: &first A
                States:
                  A: {Type: Pass, Comment: &note "finish here", Next: B}
                  B: {Type: Succeed, Comment: *note}
                Comment: *first
                """;
        AslDocument document = AslParser.parse(text, DocumentFormat.YAML);

        assertThat(document.stateMachine().comment()).isEqualTo("A");
        assertThat(document.stateMachine().states().get("B").comment()).isEqualTo("finish here");
        assertThat(Validator.validate(document)).isEmpty();
    }

    @Test
    void yamlAliasOfAMappingRepeatsTheMapping() {
        String text = """
                StartAt: A
                States:
                  A: &pass {Type: Pass, End: true}
                  B: *pass
                """;
        AslDocument document = AslParser.parse(text, DocumentFormat.YAML);

        assertThat(document.stateMachine().states().get("B")).isEqualTo(document.stateMachine().states().get("A"));
    }

    @Test
    void yamlAliasWithoutAnchorIsASyntaxErrorAtTheAlias() {
        AslDocument document = AslParser.parse("StartAt: A\nComment: *nothing\n", DocumentFormat.YAML);

        Diagnostic error = document.diagnostics().stream().filter(d -> d.code().equals("syntax-error"))
                .findFirst().orElseThrow();
        assertThat(error.span().startLine() + ":" + error.span().startColumn()).isEqualTo("2:10");
    }

    @Test
    void yamlAliasesThatExplodeAreStoppedWithADiagnostic() {
        StringBuilder text = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 10; i++) {
            text.append("a").append(i).append(": &a").append(i).append(" [");
            text.append(("*a" + (i - 1) + ", ").repeat(9)).append("*a").append(i - 1).append("]\n");
        }
        AslDocument document = AslParser.parse(text.toString(), DocumentFormat.YAML);

        assertThat(document.diagnostics()).extracting(Diagnostic::message)
                .anyMatch(m -> m.contains("aliases repeat more than"));
    }

    @Test
    void jsonWithAByteOrderMarkReadsNormally() {
        String text = "\uFEFF{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Succeed\"}}}";
        AslDocument document = AslParser.parse(text, DocumentFormat.JSON);

        assertThat(document.diagnostics()).isEmpty();
        assertThat(document.sourceMap().keySpan("/StartAt").startOffset()).isEqualTo(2);
    }

    @Test
    void containerLeftOpenBySyntaxErrorKeepsItsKeyPosition() {
        String text = "{\"StartAt\": \"A\",\n \"Extra\": [1, 2}";
        AslDocument document = AslParser.parse(text, DocumentFormat.JSON);

        SourceSpan key = document.sourceMap().keySpan("/Extra");
        assertThat(key).isNotNull();
        assertThat(key.startLine() + ":" + key.startColumn()).isEqualTo("2:2");
    }
}
