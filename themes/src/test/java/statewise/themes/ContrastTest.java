package statewise.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContrastTest {

    /** Known ratios, as WebAIM's contrast checker gives them. */
    @ParameterizedTest
    @CsvSource({
        "#000000, #ffffff, 21.0",
        "#ffffff, #000000, 21.0",
        "#ffffff, #ffffff, 1.0",
        "#767676, #ffffff, 4.54",
        "#777777, #ffffff, 4.48",
        "#949494, #ffffff, 3.03",
        "#0000ff, #ffffff, 8.59",
        "#ff0000, #000000, 5.25",
        "#00000080, #ffffff, 4.00",
    })
    void ratioMatchesTheWcagFormula(String foreground, String background, double expected) {
        double ratio = Contrast.ratio(TokenColour.parse(foreground), TokenColour.parse(background));

        assertEquals(expected, ratio, 0.005);
    }
}
