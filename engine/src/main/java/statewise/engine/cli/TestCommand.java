package statewise.engine.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import javax.xml.stream.XMLStreamException;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import statewise.engine.document.Diagnostic;
import statewise.engine.replay.RecordedExecution;
import statewise.engine.run.AwsBehaviour;
import statewise.engine.run.ClockMode;
import statewise.engine.run.ExecutionRequest;
import statewise.engine.run.TaskResolver;
import statewise.engine.run.mock.MockConfig;
import statewise.engine.suite.CaseOutcome;
import statewise.engine.suite.Coverage;
import statewise.engine.suite.JUnitXml;
import statewise.engine.suite.SuiteReader;
import statewise.engine.suite.SuiteReport;
import statewise.engine.suite.SuiteRunner;
import statewise.engine.suite.TestSuite;

/**
 * {@code statewise test}: runs a workflow's test suite headless (its expectations file with its mock file) and
 * reports each test, the state and Choice coverage, and optionally a JUnit XML file, so CI can gate on workflow
 * behaviour the way it gates on unit tests.
 */
@Command(name = "test",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Runs a workflow's test suite and reports each test and the coverage.",
            "The tests come from the expectations file next to the definition (order.asl.json -> "
                    + "order.asl.tests.json) or --tests; Tasks answer from the mock file it names or --mocks. "
                    + "Executions run on the virtual clock.",
            "Local services (a folder standing in for S3, Lambda endpoints) come from the definition's run "
                    + "settings (order.asl.json -> order.asl.run.json) and the options below, as for 'run'.",
            "Mocks come first, then --replay's recorded results, then the local services and --state-machine's "
                    + "nested executions."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Every test passed.",
            "1:Some test failed.",
            "2:Unreadable or invalid input (definition, tests, mocks, --replay, --state-machine, run settings), or "
                    + "wrong usage.",
            "3:Internal error."
        })
public final class TestCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CliStreams streams;

    @Parameters(paramLabel = "DEF", description = "The definition (.asl.json, .asl.yaml, ...).")
    private String definition = "";

    @Option(names = "--tests", paramLabel = "FILE", description = "The expectations file (default: DEF's sidecar, "
            + "NAME.asl.tests.json).")
    private @Nullable String tests;

    @Option(names = "--mocks", paramLabel = "FILE", description = "The MockConfigFile (default: the one the "
            + "expectations file names in \"Mocks\").")
    private @Nullable String mocks;

    @Option(names = "--junit-xml", paramLabel = "OUT", description = "Also write the results as JUnit XML to OUT.")
    private @Nullable String junitXml;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output: text (default; one line per test, then the coverage) or json.")
    private OutputFormat format = OutputFormat.TEXT;

    @Mixin
    private LocalServiceOptions services = new LocalServiceOptions();

    @Mixin
    private RecordedAndNestedOptions sources = new RecordedAndNestedOptions();

    public TestCommand(CliStreams streams) {
        this.streams = streams;
    }

    @Override
    public Integer call() {
        try {
            RunSetup.Definition read = RunSetup.definition(definition, streams, "test");
            String testsFile = tests != null ? tests : TestSuite.sidecarName(definition);
            TestSuite suite = suite(testsFile);
            MockConfig config = mockConfig(suite, testsFile);
            List<String> problems = SuiteRunner.check(read.machine(), suite, config);
            List<Diagnostic> mismatches = SuiteRunner.mockMismatches(read.machine(), suite, config,
                    sources.workspace(streams, "test").values());
            problems.forEach(p -> streams.err().println("statewise test: " + testsFile + ": " + p));
            String mockFile = config == null ? "" : config.source();
            mismatches.forEach(d -> streams.err().println(TextReportWriter.line(mockFile, d)));
            if (!problems.isEmpty() || mismatches.stream().anyMatch(Diagnostic::isError)) {
                return ExitCodes.UNREADABLE;
            }
            Instant started = Instant.now();
            RecordedExecution recording = sources.recording();
            UnaryOperator<TaskResolver> nested = sources.nested(streams, "test", ClockMode.VIRTUAL);
            UnaryOperator<TaskResolver> local = services.services(definition);
            ExecutionRequest request = SuiteRunner.request(read.machine(),
                            recording == null ? started : recording.startTime())
                    .withActivities(services.activities(definition))
                    .withBehaviour(recording == null ? AwsBehaviour.CURRENT : AwsBehaviour.asOf(recording.startTime()));
            SuiteReport report = SuiteRunner.run(request, suite, config, recording == null ? null : recording::resolver,
                    next -> local.apply(nested.apply(next)), outcome -> {
                        if (format == OutputFormat.TEXT) {
                            streams.out().println(line(outcome));
                            streams.out().flush();
                        }
                    });
            print(report);
            if (junitXml != null) {
                writeJUnit(report, started);
            }
            return report.passed() ? ExitCodes.OK : ExitCodes.ERRORS;
        } catch (RunSetup.SetupException e) {
            e.lines().forEach(streams.err()::println);
            return ExitCodes.UNREADABLE;
        } finally {
            streams.out().flush();
            streams.err().flush();
        }
    }

    private static TestSuite suite(String file) throws RunSetup.SetupException {
        if (!Files.exists(Path.of(file))) {
            throw new RunSetup.SetupException("statewise test: " + file + ": no expectations file; write one (see "
                    + "'statewise test --help') or name it with --tests");
        }
        SuiteReader.Result read = SuiteReader.read(RunSetup.readFile(file), file);
        List<String> errors = read.diagnostics().stream().filter(Diagnostic::isError)
                .map(d -> TextReportWriter.line(file, d)).toList();
        if (read.suite() == null || !errors.isEmpty()) {
            throw new RunSetup.SetupException(errors);
        }
        return read.suite();
    }

    private @Nullable MockConfig mockConfig(TestSuite suite, String testsFile) throws RunSetup.SetupException {
        if (mocks != null) {
            return RunSetup.mockConfig(mocks);
        }
        if (suite.mocks() == null) {
            return null;
        }
        Path parent = Path.of(testsFile).toAbsolutePath().getParent();
        return RunSetup.mockConfig(parent == null ? suite.mocks() : parent.resolve(suite.mocks()).toString());
    }

    private static String line(CaseOutcome outcome) {
        return (outcome.passed() ? "PASS " : "FAIL ") + outcome.testCase().name() + " (" + outcome.result().status()
                + ", " + outcome.millis() + " ms)" + (outcome.passed() ? "" : ": "
                + String.join("; ", outcome.failures()));
    }

    private void print(SuiteReport report) {
        String totals = String.format(Locale.ROOT, "%d tests, %d passed, %d failed", report.outcomes().size(),
                report.outcomes().size() - report.failed(), report.failed());
        if (format == OutputFormat.TEXT) {
            report.coverage().summary().forEach(l -> streams.out().println("coverage: " + l));
            streams.out().println(totals);
            return;
        }
        ObjectNode root = JSON.createObjectNode();
        root.put("definition", definition);
        root.put("passed", report.passed());
        ArrayNode cases = root.putArray("tests");
        for (CaseOutcome outcome : report.outcomes()) {
            ObjectNode one = cases.addObject().put("name", outcome.testCase().name()).put("passed", outcome.passed())
                    .put("status", outcome.result().status().name()).put("millis", outcome.millis());
            outcome.failures().forEach(one.putArray("failures")::add);
        }
        root.set("coverage", coverageJson(report.coverage()));
        try {
            streams.out().println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode coverageJson(Coverage coverage) {
        ObjectNode node = JSON.createObjectNode();
        ArrayNode states = node.putArray("states");
        coverage.states().forEach(s -> states.addObject().put("state", s.state()).put("entered", s.entered()));
        ArrayNode choices = node.putArray("choices");
        for (Coverage.ChoiceCoverage choice : coverage.choices()) {
            ArrayNode rules = choices.addObject().put("state", choice.state()).putArray("rules");
            choice.rules().forEach(r -> rules.addObject().put("rule", r.label()).put("next", r.next())
                    .put("taken", r.taken()).put("sharedTarget", r.sharedTarget()));
        }
        return node;
    }

    private void writeJUnit(SuiteReport report, Instant started) throws RunSetup.SetupException {
        try (Writer out = Files.newBufferedWriter(Path.of(junitXml), StandardCharsets.UTF_8)) {
            JUnitXml.write(Path.of(definition).getFileName().toString(), report, report.coverage().summary(),
                    started, out);
        } catch (IOException | InvalidPathException | XMLStreamException e) {
            throw new RunSetup.SetupException("statewise test: --junit-xml: cannot write " + junitXml + " ("
                    + e.getMessage() + ")");
        }
    }
}
