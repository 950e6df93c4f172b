package statewise.app.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import statewise.app.session.NodePositions;
import statewise.engine.document.DocumentFormat;

class DefinitionFilesTest {

    private static final String FLOW = "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Succeed\"}}}\n";

    @TempDir
    Path dir;

    @Test
    void aBrokenFileOpensWithItsProblemsInsteadOfFailing() throws Exception {
        Path file = Files.writeString(dir.resolve("broken.asl.json"), "{\"StartAt\": \"A\",\n  \"States\": {\n");

        LoadedDefinition loaded = DefinitionFiles.load(file);

        assertTrue(loaded.analysis().unreadable());
        assertTrue(loaded.analysis().diagnostics().stream().anyMatch(d -> d.code().equals("syntax-error")));
        assertEquals("broken.asl.json", loaded.source().name());
    }

    @Test
    void savingWritesTheDefinitionAndItsLayoutAndOpeningReadsBothBack() throws Exception {
        Path file = dir.resolve("flow.asl.json");
        NodePositions positions = new NodePositions(Map.of("/States/A", new NodePositions.Position(5, 6)));

        FileStamp stamp = DefinitionFiles.save(file, FLOW, positions);
        LoadedDefinition loaded = DefinitionFiles.load(file);

        assertEquals(FLOW, loaded.analysis().document().text());
        assertEquals(positions, loaded.positions());
        assertEquals(stamp, loaded.stamp());
        assertEquals(List.of(), loaded.notes());
    }

    @ParameterizedTest
    @CsvSource({"flow.asl.json, JSON", "flow.asl.yaml, YAML", "flow.asl.yml, YAML", "flow.json, JSON"})
    void eachDefinitionSuffixSavesAndOpensInItsFormatWithItsLayoutBeside(String name, DocumentFormat format)
            throws Exception {
        String text = format == DocumentFormat.YAML ? "# kept\nStartAt: A\nStates:\n  A:\n    Type: Succeed\n" : FLOW;
        NodePositions positions = new NodePositions(Map.of("/States/A", new NodePositions.Position(5, 6)));

        DefinitionFiles.save(dir.resolve(name), text, positions);
        LoadedDefinition loaded = DefinitionFiles.load(dir.resolve(name));

        assertEquals(format, loaded.analysis().document().format());
        assertEquals(text, Files.readString(dir.resolve(name)));
        assertEquals(List.of(), loaded.analysis().diagnostics());
        assertEquals(positions, loaded.positions());
        assertTrue(Files.exists(LayoutSidecar.pathFor(dir.resolve(name))));
    }

    @Test
    void windowsLineEndingsOpenAsNewlinesWithANote() throws Exception {
        Path file = Files.writeString(dir.resolve("flow.asl.json"), "{\r\n  \"StartAt\": \"A\",\r\n"
                + "  \"States\": {\"A\": {\"Type\": \"Succeed\"}}\r}\r\n");

        LoadedDefinition loaded = DefinitionFiles.load(file);

        assertEquals("{\n  \"StartAt\": \"A\",\n  \"States\": {\"A\": {\"Type\": \"Succeed\"}}\n}\n",
                loaded.analysis().document().text());
        assertEquals(List.of(), loaded.analysis().diagnostics());
        assertEquals(List.of("flow.asl.json used Windows (CRLF) line endings; it is saved with LF (\\n) line endings."),
                loaded.notes());
    }

    @Test
    void anUnreadableLayoutFileIsANoteNotAFailure() throws Exception {
        Path file = Files.writeString(dir.resolve("flow.asl.yaml"), "StartAt: A\nStates:\n  A:\n    Type: Succeed\n");
        Files.writeString(dir.resolve("flow.asl.layout.json"), "garbage");

        LoadedDefinition loaded = DefinitionFiles.load(file);

        assertTrue(loaded.positions().isEmpty());
        assertEquals(1, loaded.notes().size());
        assertEquals("YAML", loaded.analysis().document().format().name());
    }

    @Test
    void aMissingFileIsAFailureWithAPlainReason() {
        LoadResult result = DefinitionFiles.attempt(dir.resolve("missing.asl.json"));

        LoadFailure failure = assertInstanceOf(LoadFailure.class, result);
        assertEquals("no such file", failure.reason());
        assertEquals("missing.asl.json", failure.name());
    }

    @Test
    void binaryDataIsRefusedAsNotText() throws IOException {
        Path file = Files.write(dir.resolve("image.json"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});

        LoadFailure failure = assertInstanceOf(LoadFailure.class, DefinitionFiles.attempt(file));

        assertTrue(failure.reason().startsWith("not UTF-8 text"), failure.reason());
    }
}
