package statewise.app.debug;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.concurrent.ScheduledExecutorService;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import statewise.app.fx.EngineExecutor;
import statewise.app.fx.QueuedUiThread;
import statewise.app.session.Analysis;
import statewise.app.session.DocumentSession;
import statewise.app.session.DocumentSource;
import statewise.app.session.NodePositions;

/**
 * What the debugger's view-model tests share: a session with one workflow, a debugger over it, the UI queue the test
 * drives by hand, the engine's executor and a folder for the debugger's memory and the workflow's files. Register
 * it as a field with {@code @RegisterExtension}; after each test it stops the engine and deletes the folder.
 */
final class DebuggerFixture implements AfterEachCallback {

    /** The clock the debuggers date their runs by. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

    /** Four states: First (total 1200) → Check (a Choice) → Big, with Small the Default not taken. */
    static final String CHOICE_FLOW = """
            {"StartAt": "First", "States": {
              "First": {"Type": "Pass", "Result": {"total": 1200}, "Next": "Check"},
              "Check": {"Type": "Choice", "Choices": [
                {"Variable": "$.total", "NumericGreaterThan": 1000, "Next": "Big"}], "Default": "Small"},
              "Big": {"Type": "Pass", "End": true},
              "Small": {"Type": "Pass", "End": true}}}""";

    /** The FX thread's stand-in: work handed over waits until the test runs it. */
    final QueuedUiThread ui = new QueuedUiThread();
    private final ScheduledExecutorService engine = EngineExecutor.create("test");
    private final Path folder;
    private DocumentSession session;

    DebuggerFixture() {
        try {
            folder = Files.createTempDirectory("statewise-debugger");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens {@code flow} as the unsaved workflow {@code name} and returns a debugger over it. */
    DebuggerViewModel open(String name, String flow) {
        return open(DocumentSource.unsaved(name), flow);
    }

    /** Opens {@code flow} as the workflow saved in {@code file} and returns a debugger over it. */
    DebuggerViewModel open(Path file, String flow) {
        return open(DocumentSource.of(file), flow);
    }

    /** Another debugger over the same session and memory, as the next start of the designer makes. */
    DebuggerViewModel debugger() {
        DebuggerViewModel model = new DebuggerViewModel(session, ui, Runnable::run, folder.resolve("debugger.json"),
                CLOCK);
        ui.runPending();
        return model;
    }

    DocumentSession session() {
        return session;
    }

    /** The folder of the debugger's memory, where a test may write the workflow's files too. */
    Path folder() {
        return folder;
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        engine.shutdownNow();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private DebuggerViewModel open(DocumentSource source, String flow) {
        session = new DocumentSession(engine, ui);
        session.load(source, Analysis.of(source.name(), flow), NodePositions.none(), true);
        return debugger();
    }
}
