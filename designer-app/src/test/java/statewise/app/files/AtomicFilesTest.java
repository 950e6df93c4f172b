package statewise.app.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void writingReplacesTheFileAndLeavesNoTemporaryFileBehind() throws IOException {
        Path file = Files.writeString(dir.resolve("flow.asl.json"), "old");

        AtomicFiles.write(file, "new ✓");

        assertEquals("new ✓", Files.readString(file));
        assertEquals(List.of(file), list());
    }

    @Test
    void aFailedWriteLeavesTheTargetAsItWasAndCleansUp() throws IOException {
        Path target = Files.createDirectory(dir.resolve("occupied.asl.json"));
        Files.writeString(target.resolve("inside"), "keep");

        assertThrows(IOException.class, () -> AtomicFiles.write(target, "text"));

        assertEquals("keep", Files.readString(target.resolve("inside")));
        assertEquals(List.of(target), list());
    }

    @Test
    void aMissingFolderIsAnError() {
        assertThrows(IOException.class, () -> AtomicFiles.write(dir.resolve("no/such/folder/x.json"), "text"));
    }

    private List<Path> list() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }
}
