package statewise.app.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import statewise.engine.document.DocumentFormat;

class FoldRegionsTest {

    @Test
    void jsonObjectsAndArraysOverSeveralLinesFoldDownToTheirClosingLine() {
        String text = """
                {
                  "States": {
                    "A": {"Type": "Pass", "End": true},
                    "B": {
                      "Type": "Fail",
                      "Comment": "not a { bracket"
                    }
                  }
                }""";

        FoldRegions regions = FoldRegions.of(text, DocumentFormat.JSON);

        assertEquals(Map.of(0, new FoldRegions.Region(0, 7), 1, new FoldRegions.Region(1, 6),
                3, new FoldRegions.Region(3, 5)), regions.byStart());
    }

    @Test
    void yamlFoldsWhatIsIndentedDeeperSkippingTrailingBlankLines() {
        String text = """
                StartAt: A
                States:
                  A:
                    Type: Pass
                    # the end
                    End: true

                Comment: x
                """;

        FoldRegions regions = FoldRegions.of(text, DocumentFormat.YAML);

        assertEquals(new FoldRegions.Region(1, 5), regions.startingAt(1));
        assertEquals(new FoldRegions.Region(2, 5), regions.startingAt(2));
        assertNull(regions.startingAt(0));
        assertNull(regions.startingAt(7));
    }

    @Test
    void typingInsideAJsonStringCannotMoveARegionButABracketOrALineBreakCan() {
        assertFalse(FoldRegions.mayMove("hello world: 1,000", DocumentFormat.JSON));
        assertTrue(FoldRegions.mayMove("{", DocumentFormat.JSON));
        assertTrue(FoldRegions.mayMove("a\nb", DocumentFormat.JSON));
        assertTrue(FoldRegions.mayMove("\"", DocumentFormat.JSON));
        assertTrue(FoldRegions.mayMove(" ", DocumentFormat.YAML));
    }
}
