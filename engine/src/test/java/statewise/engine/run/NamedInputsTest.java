package statewise.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import statewise.engine.parse.UserFileException;

/** The Debugger's named inputs next to a workflow ({@code NAME.asl.inputs.json}). */
class NamedInputsTest {

    private static final String FILE = "order.asl.inputs.json";

    @Test
    void inputsKeepTheirFileOrder() {
        assertThat(NamedInputs.read("{\"small\": {\"total\": 5}, \"big\": {\"total\": 5000}}", FILE).keySet())
                .containsExactly("small", "big");
    }

    @Test
    void fileThatIsNotAnObjectIsRefusedNamingFileLineAndColumn() {
        assertThatThrownBy(() -> NamedInputs.read("\n[{\"total\": 5}]", FILE)).isInstanceOf(UserFileException.class)
                .hasMessage("order.asl.inputs.json:2:1: error wrong-type The named inputs (name to input) must be an"
                        + " object.");
    }

    @Test
    void malformedFileIsRefusedAtTheLineAndColumnOfTheFault() {
        assertThatThrownBy(() -> NamedInputs.read("{\n  \"small\": {\"total\": 5,}\n}", FILE))
                .hasMessageStartingWith("order.asl.inputs.json:2:");
    }

    @Test
    void nameGivenTwiceIsRefusedAtItsSecondPlace() {
        assertThatThrownBy(() -> NamedInputs.read("{\"a\": 1,\n \"a\": 2}", FILE))
                .hasMessageStartingWith("order.asl.inputs.json:2:2: error duplicate-key ");
    }
}
