package statewise.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class DebugSessionTest {

    private static final String CHAIN = """
            {"StartAt": "A", "States": {
              "A": {"Type": "Pass", "Result": {"n": 1}, "Next": "B"},
              "B": {"Type": "Pass", "Parameters": {"doubled.$": "States.MathAdd($.n, $.n)"}, "Next": "C"},
              "C": {"Type": "Pass", "End": true}}}""";

    /** Starts an execution and collects its pauses. */
    private static final class Session {
        final BlockingQueue<Paused> pauses = new LinkedBlockingQueue<>();
        final Execution execution;

        Session(String asl, String input, boolean startPaused, List<Breakpoint> breakpoints) {
            execution = Execution.start(Runs.request(asl, input), List.of(),
                    new DebugOptions(startPaused, Set.copyOf(breakpoints), List.of(pauses::add)));
        }

        Paused nextPause() throws InterruptedException {
            Paused p = pauses.poll(10, TimeUnit.SECONDS);
            assertThat(p).as("a pause").isNotNull();
            return p;
        }

        ExecutionResult end() throws Exception {
            return execution.result().get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void breakpointPausesBeforeTheStateWithItsInput() throws Exception {
        Session s = new Session(CHAIN, "{}", false, List.of(Breakpoint.at("B")));
        Paused paused = s.nextPause();
        assertThat(paused.reason()).isEqualTo(PauseReason.BREAKPOINT);
        assertThat(paused.stateName()).isEqualTo("B");
        assertThat(paused.beforeEntry()).isTrue();
        assertThat(paused.input()).isEqualTo(Runs.json("{\"n\": 1}"));
        assertThat(paused.stages()).extracting(Paused.Stage::name).containsExactly("afterInputPath",
                "afterParameters");
        assertThat(paused.stages().get(1).value()).isEqualTo(Runs.json("{\"doubled\": 2}"));
        s.execution.debug().resume();
        assertThat(s.end().output()).isEqualTo(Runs.json("{\"doubled\": 2}"));
    }

    @Test
    void jsonataStateShowsItsInputAfterArgumentsWithoutAnInputPathStage() throws Exception {
        String asl = """
                {"QueryLanguage": "JSONata", "StartAt": "A", "States": {
                  "A": {"Type": "Pass", "Assign": {"k": 10}, "Next": "T"},
                  "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                    "Arguments": {"sum": "{% $states.input.n + $k %}"}, "End": true}}}""";
        Session s = new Session(asl, "{\"n\": 1}", false, List.of(Breakpoint.at("T")));
        Paused paused = s.nextPause();
        assertThat(paused.variables()).containsEntry("k", Runs.json("10"));
        assertThat(paused.stages()).extracting(Paused.Stage::name).containsExactly("afterArguments");
        assertThat(paused.stages().get(0).value()).asString().isEqualTo(Runs.compact("{\"sum\": 11}"));
        s.execution.debug().resume();
        assertThat(s.end().status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    }

    @Test
    void jsonataStageThatFailsShowsTheError() throws Exception {
        String asl = """
                {"QueryLanguage": "JSONata", "StartAt": "T", "States": {"T": {"Type": "Task",
                  "Resource": "arn:aws:states:::lambda:invoke", "Arguments": "{% $states.input.none %}",
                  "End": true}}}""";
        Session s = new Session(asl, "{}", false, List.of(Breakpoint.at("T")));
        Paused.Stage stage = s.nextPause().stages().get(0);
        assertThat(stage.value()).isNull();
        assertThat(stage.error()).isEqualTo("States.QueryEvaluationError: The JSONata expression"
                + " '$states.input.none' specified for the field 'Arguments' returned nothing (undefined).");
        s.execution.debug().stop();
        s.end();
    }

    @Test
    void editingThePausedInputChangesTheRun() throws Exception {
        Session s = new Session(CHAIN, "{}", false, List.of(Breakpoint.at("B")));
        s.nextPause();
        assertThat(s.execution.debug().replaceInput(Runs.json("{\"n\": 20}"))).isTrue();
        assertThat(s.execution.debug().paused().orElseThrow().stages().get(1).value())
                .isEqualTo(Runs.json("{\"doubled\": 40}"));
        s.execution.debug().resume();
        assertThat(s.end().output()).isEqualTo(Runs.json("{\"doubled\": 40}"));
    }

    @Test
    void stepEventAdvancesOneEventAtATime() throws Exception {
        Session s = new Session(CHAIN, "{}", true, List.of());
        Paused first = s.nextPause();
        assertThat(first.stateName()).isEqualTo("A");
        s.execution.debug().stepEvent();
        Paused afterEntered = s.nextPause();
        assertThat(afterEntered.lastEvent().type().awsName()).isEqualTo("PassStateEntered");
        s.execution.debug().stepEvent();
        assertThat(s.nextPause().lastEvent().type().awsName()).isEqualTo("PassStateExited");
        s.execution.debug().resume();
        assertThat(s.end().status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    }

    @Test
    void stepStateStopsBeforeEachState() throws Exception {
        Session s = new Session(CHAIN, "{}", true, List.of());
        assertThat(s.nextPause().stateName()).isEqualTo("A");
        s.execution.debug().stepState();
        assertThat(s.nextPause().stateName()).isEqualTo("B");
        s.execution.debug().stepState();
        assertThat(s.nextPause().stateName()).isEqualTo("C");
        s.execution.debug().resume();
        assertThat(s.end().status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    }

    @Test
    void breakpointOnOneMapIterationPausesOnlyThere() throws Exception {
        String asl = """
                {"StartAt": "M", "States": {"M": {"Type": "Map", "ItemProcessor": {"StartAt": "Item",
                  "States": {"Item": {"Type": "Pass", "End": true}}}, "End": true}}}""";
        Session s = new Session(asl, "[10, 11, 12]", false, List.of(new Breakpoint("Item", 1, null)));
        Paused paused = s.nextPause();
        assertThat(paused.input()).isEqualTo(Runs.json("11"));
        assertThat(paused.where()).containsExactly("M iteration 1");
        s.execution.debug().resume();
        assertThat(s.end().status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(s.pauses).isEmpty();
    }

    @Test
    void stopAbortsAPausedExecution() throws Exception {
        Session s = new Session(CHAIN, "{}", false, List.of(Breakpoint.at("C")));
        s.nextPause();
        s.execution.debug().stop();
        ExecutionResult result = s.end();
        assertThat(result.status()).isEqualTo(ExecutionStatus.ABORTED);
        assertThat(Runs.types(result)).endsWith("ExecutionAborted").doesNotContain("ExecutionSucceeded");
    }

    @Test
    void stopWakesARealTimeWait() throws Exception {
        String asl = """
                {"StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": 3600, "End": true}}}""";
        Execution execution = Execution.start(Runs.request(asl, "{}").withClock(ClockMode.REAL), List.of(),
                DebugOptions.NONE);
        Thread.sleep(200);
        long before = System.nanoTime();
        execution.debug().stop();
        assertThat(execution.result().get(10, TimeUnit.SECONDS).status()).isEqualTo(ExecutionStatus.ABORTED);
        assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(5));
    }
}
