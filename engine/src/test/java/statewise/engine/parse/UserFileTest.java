package statewise.engine.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import statewise.engine.document.DiagnosticCode;

/** The one way every user file's problems are found and printed: file, line, column, code and message. */
class UserFileTest {

    @Test
    void problemIsPrintedAtTheLineAndColumnOfItsField() {
        UserFile file = UserFile.read("{\n  \"a\": 1,\n  \"b\": true\n}", "x.json");
        file.error(DiagnosticCode.WRONG_TYPE, "'b' must be a string.", "/b");
        assertThat(file.errorLines()).containsExactly("x.json:3:3: error wrong-type 'b' must be a string.");
        assertThat(file.hasErrors()).isTrue();
    }

    @Test
    void malformedFileHasNoValueAndASyntaxError() {
        UserFile file = UserFile.read("{\"a\": }", "x.json");
        assertThat(file.root()).isNull();
        assertThat(file.errorLines()).singleElement().asString().startsWith("x.json:1:7: error syntax-error ");
    }

    @Test
    void yamlIsReadByTheFileName() {
        UserFile file = UserFile.read("a: 1\nb: [2, 3]\n", "x.yaml");
        assertThat(file.hasErrors()).isFalse();
        assertThat(file.root().path("b").get(1).asInt()).isEqualTo(3);
    }

    @Test
    void unknownFieldsAreNamedWithWhatIsExpected() {
        UserFile file = UserFile.read("{\"known\": 1, \"typo\": 2}", "x.json");
        file.unknownFields(file.root(), "", List.of("known"));
        assertThat(file.errorLines())
                .containsExactly("x.json:1:14: error unknown-field Unknown field 'typo'; expected known.");
    }

    @Test
    void placeWithoutAColumnNamesTheLineOnly() {
        assertThat(UserFile.at("s3://b/k", 4, 0)).isEqualTo("s3://b/k:4");
        assertThat(UserFile.at("s3://b/k", 4, 9)).isEqualTo("s3://b/k:4:9");
    }
}
