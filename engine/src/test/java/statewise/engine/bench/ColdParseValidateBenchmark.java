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
import statewise.engine.document.Diagnostic;
import statewise.engine.document.DocumentFormat;
import statewise.engine.parse.AslParser;
import statewise.engine.validate.Validator;

/**
 * What parsing and validating costs before the JIT has warmed up, each figure from fresh JVMs: {@code firstCall}
 * is the very first parse + validate of the process (class loading included), {@code secondCall} the one after it
 * (classes loaded, code still interpreted), which is where the designer's first keystrokes land once a file is
 * open. The warm figures are {@link ParseValidateBenchmark}'s. A benchmark, not a test: it asserts nothing about
 * time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(5)
public class ColdParseValidateBenchmark {

    /** The workflow's name in {@code shared/bench/workflows}, without {@code .asl.json}. */
    @Param({"big", "trivial"})
    public String workflow;

    private String text;

    /** Reads the text only: parsing it here would warm up what the benchmark measures. */
    @Setup
    public void load() throws IOException {
        text = Files.readString(SharedCorpus.root().resolve("bench").resolve("workflows")
                .resolve(workflow + ".asl.json"));
    }

    @Benchmark
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public List<Diagnostic> firstCall() {
        return parseAndValidate();
    }

    @Benchmark
    @Warmup(iterations = 1)
    @Measurement(iterations = 1)
    public List<Diagnostic> secondCall() {
        return parseAndValidate();
    }

    private List<Diagnostic> parseAndValidate() {
        List<Diagnostic> diagnostics = Validator.validate(AslParser.parse(text, DocumentFormat.JSON));
        if (!diagnostics.isEmpty()) {
            throw new IllegalStateException(workflow + " is not valid: " + diagnostics);
        }
        return diagnostics;
    }
}
