package statewise.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import statewise.app.fx.EngineExecutor;
import statewise.app.fx.Job;
import statewise.app.fx.Jobs;
import statewise.app.fx.QueuedUiThread;
import statewise.layout.LayoutResult;
import statewise.themes.Theme;

/** Exporting the diagram is one of the window's jobs: listed while it runs, and a cancelled one writes nothing. */
class DiagramExportJobTest {

    private static final LayoutResult LAYOUT = DiagramExportTest.LAYOUT;
    private static final DiagramOptions OPTIONS = new DiagramOptions(Theme.LIGHT, 2);

    @TempDir
    Path folder;

    private final QueuedUiThread ui = new QueuedUiThread();
    private final Jobs jobs = new Jobs(ui);
    private final ExecutorService worker = EngineExecutor.create("export-test");

    @AfterEach
    void stop() {
        worker.shutdownNow();
    }

    @Test
    void theExportRunsAsAJobAndSaysWhereItWrote() throws Exception {
        Path file = folder.resolve("flow.png");
        List<String> notes = new ArrayList<>();

        Job job = DiagramExportJob.submit(jobs, worker, ExportKind.PNG, OPTIONS, LAYOUT, file, notes::add);

        assertEquals(List.of(job), jobs.running());
        assertEquals("Exporting flow.png", job.title());
        ui.runUntil(() -> !notes.isEmpty());
        assertEquals(List.of("Exported flow.png."), notes);
        assertTrue(jobs.running().isEmpty());
        assertTrue(Files.size(file) > 0);
    }

    @Test
    void anExportCancelledWhileDrawingWritesNothing() {
        Path file = folder.resolve("flow.svg");
        Job job = jobs.start("Exporting flow.svg", () -> { });
        job.cancel();

        assertThrows(CancellationException.class,
                () -> DiagramExportJob.export(job, ExportKind.SVG, OPTIONS, LAYOUT, file));
        assertFalse(Files.exists(file));
    }

    @Test
    void aFileThatCannotBeWrittenIsToldNotThrown() throws Exception {
        Path file = Files.createDirectories(folder.resolve("taken.svg"));
        Files.writeString(file.resolve("inside.txt"), "a folder with a file in it cannot be replaced");
        Job job = jobs.start("Exporting taken.svg", () -> { });

        String note = DiagramExportJob.export(job, ExportKind.SVG, OPTIONS, LAYOUT, file);

        assertTrue(note.startsWith("Could not export to " + file), note);
    }
}
