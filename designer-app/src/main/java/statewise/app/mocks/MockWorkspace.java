package statewise.app.mocks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import statewise.app.debug.model.WorkflowFiles;
import statewise.app.files.AtomicFiles;
import statewise.engine.document.Diagnostic;
import statewise.engine.run.mock.MockConfigReader;
import statewise.engine.suite.MockFileEdits;
import statewise.engine.suite.SuiteFileEdits;
import statewise.engine.suite.SuiteReader;
import statewise.engine.suite.TestSuite;

/**
 * Where the mock editor's files live next to a workflow, and reading and writing them: the expectations file
 * {@code order.asl.tests.json}, the mock file it names (else the one the run panel finds, else a new
 * {@code order.mocks.json}), and the state machine's name in the mock file. Files are only written when both pass
 * the readers {@code statewise test} uses, so a save never leaves a file the suite cannot read; writes are atomic.
 *
 * @param mocks        the MockConfigFile (it may not exist yet)
 * @param tests        the expectations file (it may not exist yet)
 * @param stateMachine the state machine's name in the mock file
 */
record MockWorkspace(Path mocks, Path tests, String stateMachine) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectWriter WRITER = JSON.writer(new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)));

    /** A workspace and its files as they are on disk (a missing file as an empty one). */
    record Loaded(MockWorkspace workspace, EditorFiles files) {
    }

    /**
     * Reads the files next to {@code definition}.
     *
     * @throws IOException when a file cannot be read or is not valid, with a message for the user
     */
    static Loaded load(Path definition) throws IOException {
        WorkflowFiles files = new WorkflowFiles(definition);
        Path testsFile = files.tests().orElse(definition.toAbsolutePath().resolveSibling(
                TestSuite.sidecarName(definition.getFileName().toString())));
        JsonNode tests = Files.isRegularFile(testsFile) ? checked(testsFile, true) : null;
        String named = tests == null ? null : tests.path("Mocks").textValue();
        Path mocksFile = named != null ? testsFile.resolveSibling(named)
                : files.mocks().orElse(testsFile.resolveSibling(files.baseName() + ".mocks.json"));
        JsonNode mocks = Files.isRegularFile(mocksFile) ? checked(mocksFile, false) : emptyMocks();
        if (tests == null) {
            tests = SuiteFileEdits.create(mocksFile.getFileName().toString());
        } else if (named == null) {
            tests = ((ObjectNode) tests.deepCopy()).put("Mocks", mocksFile.getFileName().toString());
        }
        String machine = tests.path("StateMachine").textValue();
        if (machine == null) {
            List<String> machines = MockFileEdits.stateMachines(mocks);
            machine = machines.isEmpty() || machines.contains(files.baseName()) ? files.baseName() : machines.get(0);
        }
        return new Loaded(new MockWorkspace(mocksFile, testsFile, machine), new EditorFiles(mocks, tests));
    }

    /**
     * Writes both files; an expectations file without tests is removed, since the suite reader refuses an empty
     * one.
     *
     * @throws IOException when writing fails or a file would not be valid (nothing is written then)
     */
    void save(EditorFiles files) throws IOException {
        String mocksText = text(files.mocks());
        String testsText = text(files.tests());
        refuseErrors(mocks, MockConfigReader.read(mocksText, mocks.getFileName().toString()).diagnostics());
        boolean noTests = SuiteFileEdits.tests(files.tests()).isEmpty();
        if (!noTests) {
            refuseErrors(tests, SuiteReader.read(testsText, tests.getFileName().toString()).diagnostics());
        }
        AtomicFiles.write(mocks, mocksText);
        if (noTests) {
            Files.deleteIfExists(tests);
        } else {
            AtomicFiles.write(tests, testsText);
        }
    }

    /** {@code value} as the files are written: two-space indents, {@code "name": value}, a final newline. */
    static String text(JsonNode value) throws JsonProcessingException {
        return WRITER.writeValueAsString(value) + "\n";
    }

    private static JsonNode checked(Path file, boolean suite) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String name = file.getFileName().toString();
        refuseErrors(file, suite ? SuiteReader.read(text, name).diagnostics()
                : MockConfigReader.read(text, name).diagnostics());
        return JSON.readTree(text);
    }

    private static void refuseErrors(Path file, List<Diagnostic> diagnostics) throws IOException {
        Diagnostic error = diagnostics.stream().filter(Diagnostic::isError).findFirst().orElse(null);
        if (error != null) {
            throw new IOException(file.getFileName() + " line " + error.span().startLine() + ": "
                    + error.message());
        }
    }

    private static JsonNode emptyMocks() {
        ObjectNode mocks = JSON.createObjectNode();
        mocks.putObject("StateMachines");
        mocks.putObject("MockedResponses");
        return mocks;
    }
}
