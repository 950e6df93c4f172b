package statewise.app.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import statewise.app.files.AtomicFiles;
import statewise.app.fx.Job;
import statewise.app.fx.Jobs;
import statewise.layout.LayoutResult;

/**
 * Exporting the diagram as SVG or PNG as one of the window's jobs: drawing and encoding a diagram of a thousand
 * states takes seconds, so it runs off the FX thread, shows in the status bar with its progress, and can be
 * cancelled. A cancelled export writes nothing; a finished one replaces the file atomically, so the file is never
 * seen half-written.
 */
final class DiagramExportJob {

    private static final System.Logger LOG = System.getLogger(DiagramExportJob.class.getName());
    /** Drawing (and encoding), then writing. */
    private static final int STEPS = 2;

    private DiagramExportJob() {
    }

    /**
     * Submits the export of {@code layout} as {@code kind} to {@code file}; {@code note} hears on the UI thread how
     * it ended, unless it was cancelled.
     */
    static Job submit(Jobs jobs, ExecutorService executor, ExportKind kind, DiagramOptions options,
            LayoutResult layout, Path file, Consumer<String> note) {
        return jobs.submit(executor, "Exporting " + file.getFileName(),
                job -> export(job, kind, options, layout, file), note);
    }

    /**
     * Draws and writes the diagram; the message for the status bar. Blocking.
     *
     * @throws java.util.concurrent.CancellationException when {@code job} was cancelled before the file was written
     */
    static String export(Job job, ExportKind kind, DiagramOptions options, LayoutResult layout, Path file) {
        try {
            job.progress(0, STEPS);
            byte[] bytes = kind == ExportKind.SVG ? DiagramExport.svg(layout, options.theme())
                    : DiagramExport.png(layout, options.theme(), options.scale());
            job.checkCancelled();
            job.progress(1, STEPS);
            AtomicFiles.write(file, bytes);
            job.progress(STEPS, STEPS);
            return "Exported " + file.getFileName() + ".";
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(System.Logger.Level.WARNING, "Export to " + file + " failed", e);
            return "Could not export to " + file + ": " + e.getMessage();
        }
    }
}
