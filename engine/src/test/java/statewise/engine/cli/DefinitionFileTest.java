package statewise.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import statewise.engine.document.AslDocument;
import statewise.engine.document.DocumentFormat;

class DefinitionFileTest {

    @ParameterizedTest
    @CsvSource({
        "flow.asl.yaml, '{}', YAML",
        "flow.asl.yml, '{}', YAML",
        "flow.YAML, '{}', YAML",
        "flow.yml, '{}', YAML",
        "flow.asl.json, 'StartAt: A', YAML",
        "flow.asl.json, '  {\"StartAt\": \"A\"}', JSON",
        "<stdin>, '[1]', JSON"
    })
    void formatComesFromTheNameElseFromTheContent(String name, String text, DocumentFormat expected) {
        assertEquals(expected, DefinitionFile.formatOf(name, text));
    }

    @Test
    void byteOrderMarkIsDropped() throws UnreadableInputException {
        byte[] bytes = "\uFEFF{}".getBytes(StandardCharsets.UTF_8);

        assertEquals("{}", DefinitionFile.decode(bytes, "x.json"));
    }

    @Test
    void nulBytesAreBinaryNotText() {
        UnreadableInputException e = assertThrows(UnreadableInputException.class,
                () -> DefinitionFile.decode(new byte[] {'{', 0, '}'}, "x.json"));

        assertEquals("x.json", e.source());
        assertEquals("not UTF-8 text (binary data)", e.reason());
    }

    @Test
    void topLevelTypeWithoutStatesIsASingleState() {
        AslDocument document = DefinitionFile.parse("t.json", "{\"Type\": \"Succeed\"}");

        assertEquals(AslDocument.Kind.STATE, document.kind());
    }
}
