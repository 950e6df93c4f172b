package statewise.engine.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import statewise.engine.run.ExecutionResult;

/**
 * What JSONata costs the interpreter against JSONPath: the counter loop of {@code shared/bench/workflows/loop.asl.json}
 * and its JSONata twin ({@code bench/loop-jsonata.asl.json}: a Choice {@code Condition} and a Pass {@code Output}
 * with two expressions), the same input and the same 20,002 states entered, in one JMH run so that their ratio holds
 * on a busy machine. Scores are time per state transition. {@code engine/bench/jsonata-vs-jsonpath.sh} runs it and
 * prints the ratio; the target is JSONata within 2x of JSONPath.
 *
 * <p>Each trial first checks both loops' output and their count of states entered, and checks again at its end. A
 * benchmark, not a test: it asserts nothing about time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 6, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class JsonataBenchmark {

    private BenchWorkload jsonPath;
    private BenchWorkload jsonata;

    /** Builds both loops and checks that each gives the right output after the expected transitions. */
    @Setup(Level.Trial)
    public void prepare() {
        jsonPath = BenchWorkload.loop(InterpreterBenchmark.SIZE);
        jsonata = BenchWorkload.loopJsonata(InterpreterBenchmark.SIZE);
        verifyAll();
    }

    /** Runs both loops again once the trial is over. */
    @TearDown(Level.Trial)
    public void verifyAll() {
        for (BenchWorkload workload : new BenchWorkload[] {jsonPath, jsonata}) {
            if (workload.transitions() != InterpreterBenchmark.LOOP_TRANSITIONS) {
                throw new IllegalStateException(workload.name() + " enters " + workload.transitions() + " states");
            }
            workload.verify(workload.run());
        }
    }

    @Benchmark
    @OperationsPerInvocation(InterpreterBenchmark.LOOP_TRANSITIONS)
    public ExecutionResult loopJsonPath() {
        return jsonPath.run();
    }

    @Benchmark
    @OperationsPerInvocation(InterpreterBenchmark.LOOP_TRANSITIONS)
    public ExecutionResult loopJsonata() {
        return jsonata.run();
    }
}
