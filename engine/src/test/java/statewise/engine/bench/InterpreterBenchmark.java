package statewise.engine.bench;

import java.util.List;
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
 * What one state transition costs the interpreter in a warm JVM, on the workloads of {@code shared/bench/run.js}:
 * each benchmark runs one whole execution (history included) and JMH divides its time by the states it enters
 * ({@link OperationsPerInvocation}), so every score is time per transition. It is the Java side of
 * {@code engine/bench/interpreter-vs-als.sh}, which sets the figures beside aws-local-stepfunctions'.
 *
 * <p>Each trial first runs every workload once and checks its output and its count of {@code ...StateEntered}
 * events against those constants, and checks again at its end (so an interpreter that altered its input would be
 * caught too). A benchmark, not a test: it asserts nothing about time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 6, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class InterpreterBenchmark {

    /** Loop iterations and Map items, as in {@code run.js als loop 10000} and {@code run.js als map 10000}. */
    static final int SIZE = 10_000;
    /** States entered by the counter loops: Check {@code SIZE + 1} times, Inc {@code SIZE} times, Done once. */
    static final int LOOP_TRANSITIONS = 2 * SIZE + 2;
    /** States entered by the Map workload: the Map state and one Pass per item. */
    static final int MAP_TRANSITIONS = SIZE + 1;
    /** States entered by the Parallel workload: the Parallel state and 100 branches of three Pass states. */
    static final int PARALLEL_TRANSITIONS = 301;

    private BenchWorkload loop;
    private BenchWorkload loopTask;
    private BenchWorkload map;
    private BenchWorkload parallel;

    /** Builds the workloads and checks that each gives the right output after the expected transitions. */
    @Setup(Level.Trial)
    public void prepare() {
        loop = expect(BenchWorkload.loop(SIZE), LOOP_TRANSITIONS);
        loopTask = expect(BenchWorkload.loopTask(SIZE), LOOP_TRANSITIONS);
        map = expect(BenchWorkload.map(SIZE), MAP_TRANSITIONS);
        parallel = expect(BenchWorkload.parallel(), PARALLEL_TRANSITIONS);
        verifyAll();
    }

    /** Runs every workload again once the trial is over: thousands of executions later, still the right result. */
    @TearDown(Level.Trial)
    public void verifyAll() {
        for (BenchWorkload workload : List.of(loop, loopTask, map, parallel)) {
            workload.verify(workload.run());
        }
    }

    @Benchmark
    @OperationsPerInvocation(LOOP_TRANSITIONS)
    public ExecutionResult loop() {
        return loop.run();
    }

    @Benchmark
    @OperationsPerInvocation(LOOP_TRANSITIONS)
    public ExecutionResult loopTask() {
        return loopTask.run();
    }

    @Benchmark
    @OperationsPerInvocation(MAP_TRANSITIONS)
    public ExecutionResult map() {
        return map.run();
    }

    @Benchmark
    @OperationsPerInvocation(PARALLEL_TRANSITIONS)
    public ExecutionResult parallel() {
        return parallel.run();
    }

    private static BenchWorkload expect(BenchWorkload workload, int transitions) {
        if (workload.transitions() != transitions) {
            throw new IllegalStateException(workload.name() + " enters " + workload.transitions()
                    + " states, but its benchmark divides by " + transitions);
        }
        return workload;
    }
}
