package statewise.engine.run.conformance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import statewise.engine.run.ExecutionIdentity;
import statewise.engine.run.WorkflowType;

/** Reads case files into {@link ConformanceCase}s. */
final class CaseReader {

    /** The virtual clock's origin for cases that do not say when they were recorded. */
    static final Instant DEFAULT_START = Instant.parse("2024-01-01T00:00:00Z");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter RECORDED_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy, HH:mm:ss");

    private CaseReader() {
    }

    static List<ConformanceCase> readAll(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.toString().endsWith(".json") && Files.isRegularFile(p)).sorted().toList();
        }
        List<ConformanceCase> cases = new ArrayList<>();
        for (Path file : files) {
            cases.add(read(file));
        }
        cases.sort(Comparator.comparing(ConformanceCase::id));
        return cases;
    }

    static ConformanceCase read(Path file) throws IOException {
        JsonNode json;
        try {
            json = JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new InvalidCaseException(file + ": not JSON (" + e.getOriginalMessage() + ")", e);
        }
        if (json == null || !json.isObject() || !json.path("id").isTextual() || !json.path("kind").isTextual()
                || !json.path("definition").isObject() || !json.path("expected").isObject()) {
            throw new InvalidCaseException(file + ": not a conformance case (it needs id, kind, definition and "
                    + "expected)");
        }
        Path parent = file.toAbsolutePath().getParent();
        String folder = parent == null || parent.getFileName() == null ? "" : parent.getFileName().toString();
        JsonNode input = json.get("input");
        return new ConformanceCase(json.get("id").asText(), json.get("kind").asText(),
                json.path("category").asText("uncategorised"), folder, json.get("definition"), input,
                identity(json.path("context")), type(json), expectation(json.get("expected")),
                TransformerReader.normalization(json.path("normalization")), objectOrNull(json, "localstack_mock"),
                arrayOrNull(json, "lambdas"), texts(json.path("flags")), startTime(json.path("source")), file);
    }

    private static ExecutionIdentity identity(JsonNode context) {
        ExecutionIdentity local = ExecutionIdentity.local("statewise", "local");
        return new ExecutionIdentity(context.path("account_id").asText(local.accountId()),
                context.path("region").asText(local.region()),
                context.path("state_machine_name").asText(local.stateMachineName()),
                context.path("execution_name").asText(local.executionName()),
                context.path("role_arn").asText(local.roleArn()));
    }

    private static WorkflowType type(JsonNode json) {
        boolean express = "EXPRESS".equals(json.path("state_machine_type").asText())
                || json.path("kind").asText().startsWith("express_");
        return express ? WorkflowType.EXPRESS : WorkflowType.STANDARD;
    }

    static Expectation expectation(JsonNode expected) {
        List<ObjectNode> history = null;
        if (expected.path("history").isArray()) {
            history = new ArrayList<>();
            for (JsonNode event : expected.get("history")) {
                if (event.isObject()) {
                    history.add((ObjectNode) event);
                }
            }
        }
        return new Expectation(expected.path("status").asText(""), expected.get("output"),
                textOrNull(expected, "error"), nonNull(expected.get("cause")),
                expected.path("events").isArray() ? texts(expected.get("events")) : null, history);
    }

    /** The recording date, in UTC ({@code "27-12-2024, 16:02:37"}); {@link #DEFAULT_START} when absent. */
    static Instant startTime(JsonNode source) {
        String recorded = source.path("recorded_date").asText("");
        try {
            return LocalDateTime.parse(recorded, RECORDED_DATE).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return DEFAULT_START;
        }
    }

    private static @Nullable String textOrNull(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isTextual() ? value.asText() : value.toString();
    }

    private static @Nullable JsonNode nonNull(@Nullable JsonNode value) {
        return value == null || value.isNull() ? null : value;
    }

    private static @Nullable JsonNode objectOrNull(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isObject() ? value : null;
    }

    private static @Nullable JsonNode arrayOrNull(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isArray() ? value : null;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }
}
