package statewise.app.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import statewise.app.session.NodePositions;

class RecoveryStoreTest {

    @TempDir
    Path dir;

    @Test
    void draftsOfEndedProcessesAreOrphansNewestFirst() throws Exception {
        RecoveryStore store = new RecoveryStore(dir.resolve("recovery"));
        long ended = endedProcessId();
        Draft older = draft("draft-a", ended, Instant.parse("2026-01-01T10:00:00Z"));
        Draft newer = new Draft("draft-b", ended, "/work/flow.asl.json", "flow.asl.json", "{}",
                new NodePositions(Map.of("/States/A", new NodePositions.Position(3, 4))),
                Instant.parse("2026-01-02T10:00:00Z"));
        store.write(older);
        store.write(newer);

        assertEquals(List.of(newer, older), store.orphans());
    }

    @Test
    void theDraftOfARunningProcessIsNotAnOrphan() throws IOException {
        RecoveryStore store = new RecoveryStore(dir);
        store.write(draft("mine", ProcessHandle.current().pid(), Instant.now()));

        assertEquals(List.of(), store.orphans());
    }

    @Test
    void junkInTheFolderIsSkipped() throws Exception {
        RecoveryStore store = new RecoveryStore(dir);
        Files.writeString(dir.resolve("broken.draft.json"), "{not json");
        Files.writeString(dir.resolve("odd.draft.json"), "{\"pid\": \"x\"}");
        Draft good = draft("good", endedProcessId(), Instant.parse("2026-01-01T10:00:00Z"));
        store.write(good);

        assertEquals(List.of(good), store.orphans());
    }

    @Test
    void deletedDraftsAreGone() throws Exception {
        RecoveryStore store = new RecoveryStore(dir);
        store.write(draft("gone", endedProcessId(), Instant.now()));

        store.delete("gone");

        assertEquals(List.of(), store.orphans());
    }

    @Test
    void noFolderMeansNoDrafts() {
        assertEquals(List.of(), new RecoveryStore(dir.resolve("absent")).orphans());
    }

    private static Draft draft(String id, long pid, Instant at) {
        return new Draft(id, pid, null, "Untitled.asl.json", "{\"StartAt\": \"A\"}", NodePositions.none(), at);
    }

    /** The id of a process that has ended: what a crashed designer leaves in its drafts. */
    private static long endedProcessId() throws IOException, InterruptedException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-version").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        process.waitFor();
        return process.pid();
    }
}
