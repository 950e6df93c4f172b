package statewise.app.debug;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import statewise.app.debug.model.ExecutionRecord;
import statewise.app.session.Analysis;
import statewise.app.session.StatePointers;
import statewise.engine.document.AslDocument;
import statewise.engine.model.StateMachine;
import statewise.engine.run.ExecutionRequest;
import statewise.engine.run.ExecutionResult;
import statewise.engine.run.Interpreter;
import statewise.engine.run.history.HistoryEvent;

/**
 * What the debugger's FX-thread work costs for a Map of 10,000 items, as a command (never a timed test): the
 * interpreter running the execution (the baseline, off the FX thread) against the debugger taking its history in
 * batches of one pulse's worth (rows, state attribution, live status): the FX thread's share. Read the ratio
 * measured in the same run; the machine is shared.
 *
 * <p>Run with the test classpath: {@code java -cp ... statewise.app.debug.DebuggerBenchmark [items] [batch]}.
 */
public final class DebuggerBenchmark {

    private static final int WARM_UP = 3;
    private static final int RUNS = 7;

    private DebuggerBenchmark() {
    }

    public static void main(String[] args) {
        int items = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        AslDocument document = Analysis.of("map.asl.json", """
                {"StartAt": "Each", "States": {"Each": {"Type": "Map", "ItemsPath": "$.items",
                  "ItemProcessor": {"StartAt": "Work", "States": {
                    "Work": {"Type": "Pass", "Next": "Check"},
                    "Check": {"Type": "Choice", "Choices": [{"Variable": "$", "NumericGreaterThan": 5000,
                      "Next": "Big"}], "Default": "Small"},
                    "Big": {"Type": "Pass", "End": true}, "Small": {"Type": "Pass", "End": true}}},
                  "End": true}}}""").document();
        StateMachine machine = Objects.requireNonNull(document.stateMachine());
        StringBuilder input = new StringBuilder("{\"items\": [");
        for (int i = 0; i < items; i++) {
            input.append(i == 0 ? "" : ",").append(i);
        }
        ExecutionRequest request = ExecutionRequest.of(machine, parse(input.append("]}").toString()));
        ExecutionResult result = Interpreter.run(request);
        Map<String, String> pointers = new LinkedHashMap<>();
        StatePointers.of(document).keySet().forEach(p -> pointers.putIfAbsent(StatePointers.name(p), p));
        System.out.printf("Map of %,d items: %,d events, batches of %,d%n", items, result.history().size(), batch);
        double engine = median(() -> Interpreter.run(request));
        double debugger = median(() -> feed(result.history(), pointers, batch));
        System.out.printf("interpreter run (baseline)        %8.1f ms%n", engine);
        System.out.printf("debugger: rows + status, batched  %8.1f ms  (%.2f x the run)%n", debugger,
                debugger / engine);
        System.out.printf("FX-thread time per %,d-event batch  %8.2f ms%n", batch,
                debugger / Math.ceil(result.history().size() / (double) batch));
    }

    private static ExecutionRecord feed(List<HistoryEvent> events, Map<String, String> pointers, int batch) {
        ExecutionRecord record = new ExecutionRecord("bench", ExecutionRecord.Kind.RUN, Instant.EPOCH, pointers);
        for (int from = 0; from < events.size(); from += batch) {
            record.append(new ArrayList<>(events.subList(from, Math.min(events.size(), from + batch))));
        }
        return record;
    }

    private static JsonNode parse(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static double median(Runnable work) {
        for (int i = 0; i < WARM_UP; i++) {
            work.run();
        }
        double[] times = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.run();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return times[RUNS / 2];
    }
}
