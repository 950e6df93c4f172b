package statewise.app.debug;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;
import statewise.app.fx.UiThread;
import statewise.engine.document.Diagnostic;
import statewise.engine.model.StateMachine;
import statewise.engine.parse.UserFile;
import statewise.engine.run.mock.MockConfig;
import statewise.engine.run.mock.MockConfigReader;
import statewise.engine.run.mock.MockResolver;

/**
 * The mock file and test case the next run uses (part of the {@link RunOptionsViewModel}): the file is read on the
 * engine's thread, its test cases offered, and the chosen one checked against the definition when a run starts.
 */
final class MockFileChoice {

    private final UiThread ui;
    private final Executor io;
    private final Consumer<String> message;
    private final ObjectProperty<@Nullable Path> file = new SimpleObjectProperty<>();
    private final ObjectProperty<@Nullable MockConfig> mocks = new SimpleObjectProperty<>();
    private final ObservableList<String> testCases = FXCollections.observableArrayList();
    private final StringProperty testCase = new SimpleStringProperty("");

    /** {@code message} tells the user why a mock file cannot be used. */
    MockFileChoice(UiThread ui, Executor io, Consumer<String> message) {
        this.ui = ui;
        this.io = io;
        this.message = message;
    }

    ObjectProperty<@Nullable Path> fileProperty() {
        return file;
    }

    ObservableList<String> testCases() {
        return testCases;
    }

    StringProperty testCaseProperty() {
        return testCase;
    }

    @Nullable MockConfig mocks() {
        return mocks.get();
    }

    /** Uses the mock file at {@code path}, read on the engine's thread, or none when null. */
    void choose(@Nullable Path path) {
        if (path == null) {
            file.set(null);
            mocks.set(null);
            testCases.clear();
            testCase.set("");
            return;
        }
        io.execute(() -> read(path));
    }

    /** Reads the mock file at {@code path}; called on the engine's thread. */
    void read(Path path) {
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            ui.execute(() -> message.accept("Cannot read " + path.getFileName() + ": " + e.getMessage()));
            return;
        }
        MockConfigReader.Result read = MockConfigReader.read(text, path.getFileName().toString());
        Diagnostic error = read.diagnostics().stream().filter(Diagnostic::isError).findFirst().orElse(null);
        ui.execute(() -> {
            if (read.config() == null || error != null) {
                message.accept(path.getFileName() + ": " + (error == null ? "not a mock file" : "line "
                        + error.span().startLine() + ": " + error.message()));
                return;
            }
            file.set(path);
            mocks.set(read.config());
            List<String> cases = read.config().stateMachines().values().stream()
                    .flatMap(m -> m.keySet().stream()).distinct().sorted().toList();
            testCases.setAll(cases);
            testCase.set(cases.isEmpty() ? "" : cases.get(0));
        });
    }

    /** The chosen test case's resolver, checked against {@code definition}; null without a mock file or test case. */
    @Nullable MockResolver resolver(StateMachine definition) {
        MockConfig config = mocks.get();
        if (config == null || testCase.get() == null || testCase.get().isBlank()) {
            return null;
        }
        MockConfig.Selection selection = config.select(null, testCase.get());
        MockResolver resolver = selection.resolver();
        if (resolver == null) {
            throw new IllegalArgumentException(String.valueOf(selection.problem()));
        }
        List<String> errors = resolver.mismatches(definition).stream().filter(Diagnostic::isError)
                .map(d -> UserFile.line(config.source(), d)).toList();
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", errors));
        }
        return resolver;
    }
}
