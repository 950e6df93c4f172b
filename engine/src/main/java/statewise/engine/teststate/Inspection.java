package statewise.engine.teststate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import statewise.engine.query.JsonPathEvaluator;
import statewise.engine.query.PathScope;
import statewise.engine.query.QueryFailure;
import statewise.engine.run.Paused;
import statewise.engine.run.StateProbe;

/**
 * TestState's {@code inspectionData}: the state's input after each data-flow stage, with the members AWS gives for
 * each state type and query language (JSONPath states show InputPath, Parameters, ResultSelector and ResultPath;
 * JSONata states their Arguments; Map states their concurrency and tolerated failures).
 */
final class Inspection {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final LocatedState located;
    private final StateProbe.Report report;
    private final ObjectNode data = NODES.objectNode();

    private Inspection(LocatedState located, StateProbe.Report report) {
        this.located = located;
        this.report = report;
    }

    static ObjectNode of(TestStateRequest request, LocatedState located, StateProbe.Report report, MapFigures figures,
            JsonNode context, @Nullable Recovery recovery) {
        Inspection inspection = new Inspection(located, report);
        ObjectNode data = inspection.data;
        data.set("input", report.input() == null ? request.input() : report.input());
        if (located.jsonata()) {
            inspection.jsonata();
        } else {
            inspection.jsonPath(context, request.variables());
        }
        if (located.type().equals("Map")) {
            data.put("maxConcurrency", figures.maxConcurrency());
            if (figures.toleratedCount() != null) {
                data.put("toleratedFailureCount", figures.toleratedCount());
            }
            if (figures.toleratedPercent() != null) {
                data.put("toleratedFailurePercentage", figures.toleratedPercent());
            }
        }
        if (recovery != null) {
            errorDetails(data, recovery);
        }
        if (!request.variables().isEmpty()) {
            ObjectNode variables = data.putObject("variables");
            request.variables().forEach(variables::set);
        }
        return data;
    }

    private void jsonata() {
        if (located.type().equals("Task")) {
            put("afterArguments", stage("afterArguments", report.input()));
            put("result", report.result());
        }
    }

    private void jsonPath(JsonNode context, Map<String, JsonNode> variables) {
        JsonNode afterInputPath = stage("afterInputPath", report.input());
        switch (located.type()) {
            case "Task" -> {
                put("afterInputPath", afterInputPath);
                put("afterParameters", stage("afterParameters", afterInputPath));
                put("result", report.result());
                results();
            }
            case "Pass" -> {
                if (located.state().has("Result")) {
                    put("result", report.result());
                } else {
                    put("afterInputPath", afterInputPath);
                    put("afterParameters", stage("afterParameters", afterInputPath));
                }
                results();
            }
            case "Map" -> {
                put("afterInputPath", afterInputPath);
                put("afterItemsPath", itemsPath(afterInputPath, context, variables));
                results();
            }
            case "Parallel" -> results();
            default -> put("afterInputPath", afterInputPath);
        }
    }

    private void results() {
        put("afterResultSelector", report.afterResultSelector());
        put("afterResultPath", report.afterResultPath());
    }

    private @Nullable JsonNode itemsPath(@Nullable JsonNode afterInputPath, JsonNode context,
            Map<String, JsonNode> variables) {
        if (afterInputPath == null) {
            return null;
        }
        String path = located.state().path("ItemsPath").asText("$");
        try {
            return JsonPathEvaluator.select(path, new PathScope(afterInputPath, context, variables::get), "ItemsPath");
        } catch (QueryFailure e) {
            return null;
        }
    }

    private static void errorDetails(ObjectNode data, Recovery recovery) {
        if (recovery.retryIndex() == null && recovery.catchIndex() == null) {
            return;
        }
        ObjectNode details = data.putObject("errorDetails");
        if (recovery.backoff() != null) {
            double seconds = recovery.backoff();
            if (seconds == Math.rint(seconds)) {
                details.put("retryBackoffIntervalSeconds", (long) seconds);
            } else {
                details.put("retryBackoffIntervalSeconds", seconds);
            }
        }
        if (recovery.retryIndex() != null) {
            details.put("retryIndex", recovery.retryIndex());
        }
        if (recovery.catchIndex() != null) {
            details.put("catchIndex", recovery.catchIndex());
        }
    }

    /** A stage's value; {@code fallback} when the state has no such stage (no InputPath, no Parameters). */
    private @Nullable JsonNode stage(String name, @Nullable JsonNode fallback) {
        for (Paused.Stage stage : report.stages()) {
            if (stage.name().equals(name)) {
                return stage.value();
            }
        }
        return fallback;
    }

    private void put(String name, @Nullable JsonNode value) {
        if (value != null) {
            data.set(name, value);
        }
    }
}
