package statewise.engine.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import statewise.engine.corpus.SharedCorpus;
import statewise.engine.document.AslDocument;
import statewise.engine.document.Diagnostic;
import statewise.engine.document.DocumentFormat;
import statewise.engine.parse.AslParser;
import statewise.engine.validate.IncrementalValidator;
import statewise.engine.validate.Validator;

/**
 * What one validation costs in a warm JVM: reading the text with positions, validating the document, and both
 * together, for the benchmark workflows {@code big} (1,000 states) and {@code trivial} (one Pass state). It is the
 * Java side of {@code engine/bench/validate-vs-asl-validator.sh}, which sets the figures beside asl-validator's.
 * {@code parseAndValidateAnEdit} is what the designer does after a pause in typing: the text, with a field typed
 * into its middle state and taken out again in turn, parsed and validated by one {@link IncrementalValidator}.
 * A benchmark, not a test: it asserts nothing about time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class ParseValidateBenchmark {

    /** The workflow's name in {@code shared/bench/workflows}, without {@code .asl.json}. */
    @Param({"big", "trivial"})
    public String workflow;

    private String text;
    private String edited;
    private AslDocument parsed;
    private IncrementalValidator incremental;
    private boolean editedNext;

    /** Reads the workflow once and checks it is well-formed, so every operation measures real work. */
    @Setup
    public void load() throws IOException {
        text = Files.readString(SharedCorpus.root().resolve("bench").resolve("workflows")
                .resolve(workflow + ".asl.json"));
        parsed = AslParser.parse(text, DocumentFormat.JSON);
        if (parsed.hasSyntaxErrors() || parsed.stateMachine() == null) {
            throw new IllegalStateException(workflow + " does not parse: " + parsed.diagnostics());
        }
        int middleState = text.indexOf("\"Type\"", text.length() / 2);
        edited = text.substring(0, middleState) + "\"Comment\": \"typed\", " + text.substring(middleState);
        if (AslParser.parse(edited, DocumentFormat.JSON).hasSyntaxErrors()) {
            throw new IllegalStateException(workflow + ": the edit breaks the text");
        }
        incremental = new IncrementalValidator();
    }

    @Benchmark
    public List<Diagnostic> parseAndValidate() {
        return Validator.validate(AslParser.parse(text, DocumentFormat.JSON));
    }

    @Benchmark
    public List<Diagnostic> parseAndValidateAnEdit() {
        editedNext = !editedNext;
        return incremental.validate(AslParser.parse(editedNext ? edited : text, DocumentFormat.JSON));
    }

    @Benchmark
    public AslDocument parseOnly() {
        return AslParser.parse(text, DocumentFormat.JSON);
    }

    @Benchmark
    public List<Diagnostic> validateOnly() {
        return Validator.validate(parsed);
    }
}
