package statewise.engine.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import statewise.engine.corpus.SharedCorpus;
import statewise.engine.document.AslDocument;
import statewise.engine.document.Diagnostic;
import statewise.engine.document.DocumentFormat;
import statewise.engine.model.StateMachine;
import statewise.engine.parse.AslParser;
import statewise.engine.run.ExecutionRequest;
import statewise.engine.run.ExecutionResult;
import statewise.engine.run.ExecutionStatus;
import statewise.engine.run.Interpreter;
import statewise.engine.run.Limits;
import statewise.engine.run.TaskResolver;
import statewise.engine.validate.Validator;

/**
 * One workload of {@code shared/bench/run.js}, in Java: the same definition from {@code shared/bench/workflows},
 * the same input, the same number of states entered and the same check of the output, so that our figures and the
 * npm peers' figures describe the same work. Used by {@link InterpreterBenchmark} and {@link HistoryMemoryProbe}.
 *
 * @param name        the workload's name in {@code run.js}
 * @param transitions the states the execution enters: run.js's {@code transitions} for one execution
 * @param check       whether an execution's output is the right one
 */
record BenchWorkload(String name, ExecutionRequest request, int transitions, Predicate<JsonNode> check) {

    /** The payload limit of the Map workload: 64 MiB. */
    static final int LARGE_PAYLOAD_BYTES = 64 << 20;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The counter loop: Choice and Pass ({@code States.MathAdd}) {@code n} times, input {@code {"i":0,"n":n}}. */
    static BenchWorkload loop(int n) {
        return new BenchWorkload("loop", request("loop", counter(n), TaskResolver.ECHO), 2 * n + 2,
                output -> output.path("i").asLong(-1) == n);
    }

    /**
     * The counter loop written in JSONata ({@code bench/loop-jsonata.asl.json} on the test class path): a Choice
     * {@code Condition} and a Pass {@code Output} instead of a JSONPath comparison and {@code States.MathAdd}.
     */
    static BenchWorkload loopJsonata(int n) {
        return new BenchWorkload("loop-jsonata", ExecutionRequest.of(parse("loop-jsonata", resource(
                "/bench/loop-jsonata.asl.json")), counter(n)).withResolver(TaskResolver.ECHO), 2 * n + 2,
                output -> output.path("i").asLong(-1) == n);
    }

    /** The counter loop with a Task doing the increment, resolved in process by {@link IncHandler}. */
    static BenchWorkload loopTask(int n) {
        return new BenchWorkload("loop-task", request("loop-task", counter(n), new IncHandler()), 2 * n + 2,
                output -> output.path("i").asLong(-1) == n);
    }

    /**
     * An inline Map with an ItemSelector over {@code {"items":[{"id":0},...]}}: {@code n} Pass iterations. Its
     * output (about 30 bytes per item) passes AWS's 256 KiB payload limit from about 9,000 items on, which the npm
     * peers do not enforce; so that both do the same work, this run allows {@link #LARGE_PAYLOAD_BYTES}.
     */
    static BenchWorkload map(int n) {
        ObjectNode input = NODES.objectNode();
        ArrayNode items = input.putArray("items");
        for (int id = 0; id < n; id++) {
            items.addObject().put("id", id);
        }
        ExecutionRequest request = request("map", input, TaskResolver.ECHO)
                .withLimits(new Limits(LARGE_PAYLOAD_BYTES, Integer.MAX_VALUE, Limits.LOCAL.maxExpressSeconds()));
        return new BenchWorkload("map", request, n + 1, output -> {
            JsonNode last = output.path(n - 1);
            return output.size() == n && last.path("id").asInt(-1) == n - 1 && "done".equals(last.path("tag").asText());
        });
    }

    /** One Parallel state with 100 branches of three Pass states each. */
    static BenchWorkload parallel() {
        ObjectNode input = NODES.objectNode().put("v", 1);
        return new BenchWorkload("parallel", request("parallel", input, TaskResolver.ECHO), 301,
                output -> output.size() == 100 && output.path(99).path("branch").asInt(-1) == 99);
    }

    /** Runs the workload once. */
    ExecutionResult run() {
        return Interpreter.run(request);
    }

    /**
     * Throws unless {@code result} succeeded with the right output after entering exactly {@link #transitions}
     * states (counted from the {@code ...StateEntered} events), so that a wrong execution is never timed.
     *
     * @return the result, for chaining
     */
    ExecutionResult verify(ExecutionResult result) {
        long entered = result.history().stream().filter(e -> e.type().awsName().endsWith("StateEntered")).count();
        if (result.status() != ExecutionStatus.SUCCEEDED || result.output() == null
                || !check.test(result.output())) {
            throw new IllegalStateException(name + " went wrong: " + result.status() + " " + result.error() + " "
                    + result.cause() + " output " + abbreviate(result.output()));
        }
        if (entered != transitions) {
            throw new IllegalStateException(name + " entered " + entered + " states, not " + transitions);
        }
        return result;
    }

    private static ExecutionRequest request(String workflow, JsonNode input, TaskResolver resolver) {
        return ExecutionRequest.of(machine(workflow), input).withResolver(resolver);
    }

    private static StateMachine machine(String workflow) {
        try {
            return parse(workflow, Files.readString(SharedCorpus.root().resolve("bench").resolve("workflows")
                    .resolve(workflow + ".asl.json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = BenchWorkload.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static StateMachine parse(String workflow, String text) {
        AslDocument document = AslParser.parse(text, DocumentFormat.JSON);
        List<Diagnostic> problems = Validator.validate(document);
        if (document.stateMachine() == null || problems.stream().anyMatch(Diagnostic::isError)) {
            throw new IllegalStateException(workflow + " is not a valid definition: " + problems);
        }
        return document.stateMachine();
    }

    private static ObjectNode counter(int n) {
        return NODES.objectNode().put("i", 0).put("n", n);
    }

    private static String abbreviate(@Nullable JsonNode value) {
        String text = String.valueOf(value);
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }
}
