package statewise.app.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import statewise.app.session.NodePositions;
import statewise.app.session.NodePositions.Position;

class LayoutSidecarTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(textBlock = """
            order.asl.json,  order.asl.layout.json
            order.asl.yaml,  order.asl.layout.json
            order.asl.yml,   order.asl.layout.json
            Order.ASL.JSON,  Order.asl.layout.json
            order.json,      order.layout.json
            flow.yaml,       flow.layout.json
            notes,           notes.layout.json
            """)
    void theLayoutFileSitsNextToTheDefinition(String definition, String layout) {
        assertEquals(dir.resolve(layout), LayoutSidecar.pathFor(dir.resolve(definition)));
    }

    @Test
    void positionsSurviveAWriteAndARead() throws IOException {
        Path definition = dir.resolve("flow.asl.json");
        NodePositions positions = new NodePositions(Map.of("/States/A", new Position(40, 120.5),
                "/States/P/Branches/0/States/B", new Position(-10, 0)));

        LayoutSidecar.write(definition, positions);
        LayoutSidecar.Read read = LayoutSidecar.read(definition);

        assertEquals(positions, read.positions());
        assertNull(read.note());
        assertTrue(Files.readString(dir.resolve("flow.asl.layout.json")).contains("\"format\" : \"statewise-layout\""));
    }

    @Test
    void noLayoutFileMeansNoPositionsAndNoNote() {
        LayoutSidecar.Read read = LayoutSidecar.read(dir.resolve("flow.asl.json"));

        assertTrue(read.positions().isEmpty());
        assertNull(read.note());
    }

    @Test
    void aDefinitionWithoutPositionsGetsNoEmptyLayoutFile() throws IOException {
        LayoutSidecar.write(dir.resolve("flow.asl.json"), NodePositions.none());

        assertFalse(Files.exists(dir.resolve("flow.asl.layout.json")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            not json at all                                          | is not JSON
            '{"format": "something-else", "version": 1}'             | is not a Statewise layout file
            '{"format": "statewise-layout"}'                         | has no version
            '[1, 2]'                                                 | is not a Statewise layout file
            """)
    void junkGivesNoPositionsAndSaysWhy(String text, String why) {
        LayoutSidecar.Read read = LayoutSidecar.parse(text, "x.layout.json");

        assertTrue(read.positions().isEmpty());
        assertTrue(read.note().contains(why), read.note());
    }

    @Test
    void unusableEntriesAreSkippedAndTheRestKept() {
        LayoutSidecar.Read read = LayoutSidecar.parse("""
                {"format": "statewise-layout", "version": 1, "nodes": {
                  "/States/A": {"x": 1, "y": 2},
                  "/States/B": {"x": "left", "y": 2},
                  "not a pointer": {"x": 1, "y": 2},
                  "/States/C": 7}}
                """, "x.layout.json");

        assertEquals(Map.of("/States/A", new Position(1, 2)), read.positions().byPointer());
        assertTrue(read.note().contains("3 unusable entries"), read.note());
    }

    @Test
    void aNewerVersionIsReadAsFarAsItIsUnderstood() {
        LayoutSidecar.Read read = LayoutSidecar.parse(
                "{\"format\": \"statewise-layout\", \"version\": 3, \"nodes\": {\"/States/A\": {\"x\": 1, \"y\": 2}},"
                        + " \"zoom\": 2}", "x.layout.json");

        assertEquals(1, read.positions().byPointer().size());
        assertTrue(read.note().contains("newer Statewise"), read.note());
    }
}
