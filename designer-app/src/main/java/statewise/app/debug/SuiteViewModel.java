package statewise.app.debug;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;
import statewise.app.debug.model.DefinitionSnapshot;
import statewise.app.debug.model.WorkflowFiles;
import statewise.app.fx.UiThread;
import statewise.app.session.DocumentSession;
import statewise.engine.document.Diagnostic;
import statewise.engine.model.StateMachine;
import statewise.engine.parse.UserFile;
import statewise.engine.run.mock.MockConfig;
import statewise.engine.run.mock.MockConfigReader;
import statewise.engine.suite.CaseOutcome;
import statewise.engine.suite.SuiteReader;
import statewise.engine.suite.SuiteReport;
import statewise.engine.suite.SuiteRunner;
import statewise.engine.suite.TestSuite;

/**
 * "Run all test cases": reads the test suite next to the workflow ({@code order.asl.tests.json}) and its mock
 * file, runs every case on the engine's thread as {@code statewise test} does, and lists each outcome as soon as
 * it is known, then the state and Choice-rule coverage of the whole suite.
 */
public final class SuiteViewModel {

    private final DocumentSession session;
    private final UiThread ui;
    private final Executor worker;
    private final ObservableList<CaseOutcome> outcomes = FXCollections.observableArrayList();
    private final ObservableList<String> coverage = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    SuiteViewModel(DocumentSession session, UiThread ui, Executor worker) {
        this.session = session;
        this.ui = ui;
        this.worker = worker;
    }

    public ObservableList<CaseOutcome> outcomes() {
        return outcomes;
    }

    public ObservableList<String> coverage() {
        return coverage;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** Runs every case of the suite next to the workflow; {@code fallbackMocks} when the suite names none. */
    public void runAll(@Nullable MockConfig fallbackMocks) {
        Path file = session.fileProperty().get();
        DefinitionSnapshot definition = DefinitionSnapshot.of(session.document());
        StateMachine machine = definition.machine();
        if (machine == null) {
            message.set(String.valueOf(definition.problem()));
            return;
        }
        Optional<Path> tests = file == null ? Optional.empty() : new WorkflowFiles(file).tests();
        if (tests.isEmpty()) {
            message.set(file == null ? "Save the workflow first: its test cases live next to it."
                    : "No test cases: create " + TestSuite.sidecarName(file.getFileName().toString())
                    + " next to the workflow.");
            return;
        }
        outcomes.clear();
        coverage.clear();
        busy.set(true);
        message.set("Running the test cases…");
        worker.execute(() -> {
            String result = run(machine, tests.get(), fallbackMocks);
            ui.execute(() -> {
                message.set(result);
                busy.set(false);
            });
        });
    }

    private String run(StateMachine machine, Path tests, @Nullable MockConfig fallbackMocks) {
        try {
            SuiteReader.Result read = SuiteReader.read(Files.readString(tests, StandardCharsets.UTF_8),
                    tests.getFileName().toString());
            Diagnostic error = read.diagnostics().stream().filter(Diagnostic::isError).findFirst().orElse(null);
            TestSuite suite = read.suite();
            if (suite == null || error != null) {
                return tests.getFileName() + (error == null ? ": not a test suite" : " line "
                        + error.span().startLine() + ": " + error.message());
            }
            MockConfig mocks = suite.mocks() == null ? fallbackMocks : readMocks(tests.resolveSibling(suite.mocks()));
            List<String> problems = new ArrayList<>(SuiteRunner.check(machine, suite, mocks));
            String mockFile = mocks == null ? "" : mocks.source();
            SuiteRunner.mockMismatches(machine, suite, mocks, List.of()).stream().filter(Diagnostic::isError)
                    .forEach(d -> problems.add(UserFile.line(mockFile, d)));
            if (!problems.isEmpty()) {
                return String.join("\n", problems);
            }
            SuiteReport report = SuiteRunner.run(SuiteRunner.request(machine, Instant.now()), suite, mocks,
                    outcome -> ui.execute(() -> outcomes.add(outcome)));
            List<String> lines = report.coverage().summary();
            ui.execute(() -> coverage.setAll(lines));
            return (report.outcomes().size() - report.failed()) + " of " + report.outcomes().size() + " passed";
        } catch (IOException e) {
            return "Cannot read the test cases: " + e.getMessage();
        }
    }

    private static @Nullable MockConfig readMocks(Path file) throws IOException {
        MockConfigReader.Result read = MockConfigReader.read(Files.readString(file, StandardCharsets.UTF_8),
                file.getFileName().toString());
        return read.config();
    }
}
