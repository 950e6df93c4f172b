package statewise.app.debug.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import statewise.app.files.AtomicFiles;

/**
 * What the debugger remembers per workflow in the user's settings folder ({@code debugger.json}): the most recent
 * execution inputs and the breakpoints, keyed by the workflow's absolute path. A breakpoint is its state's pointer,
 * or, limited to one Map iteration or Parallel branch, {@code {"state": pointer, "mapIteration": n}} (or
 * {@code "parallelBranch"}). Unreadable files and entries are treated as empty, because losing this memory is
 * harmless. Blocking: call it off the FX thread.
 */
public final class WorkflowMemory {

    /** How many recent inputs are kept per workflow. */
    public static final int RECENT_LIMIT = 10;

    /**
     * What is remembered of one workflow.
     *
     * @param recentInputs input texts, newest first
     * @param breakpoints  the states with a breakpoint, each with its limit
     */
    public record Entry(List<String> recentInputs, List<StateBreakpoint> breakpoints) {
        public static final Entry EMPTY = new Entry(List.of(), List.of());

        public Entry {
            recentInputs = List.copyOf(recentInputs);
            breakpoints = List.copyOf(breakpoints);
        }

        /** With {@code input} first among the recent inputs (moved there if it was already one). */
        public Entry withRecent(String input) {
            List<String> recent = new ArrayList<>(recentInputs);
            recent.remove(input);
            recent.add(0, input);
            return new Entry(recent.subList(0, Math.min(RECENT_LIMIT, recent.size())), breakpoints);
        }

        public Entry withBreakpoints(List<StateBreakpoint> value) {
            return new Entry(recentInputs, value);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STATE = "state";
    private static final String MAP_ITERATION = "mapIteration";
    private static final String PARALLEL_BRANCH = "parallelBranch";

    private final Path file;

    public WorkflowMemory(Path file) {
        this.file = file;
    }

    public synchronized Entry load(String workflow) {
        JsonNode entry = root().path("workflows").path(workflow);
        return new Entry(strings(entry.path("recentInputs")), breakpoints(entry.path("breakpoints")));
    }

    public synchronized void store(String workflow, Entry entry) throws IOException {
        ObjectNode root = root();
        ObjectNode workflows = root.has("workflows") && root.get("workflows").isObject()
                ? (ObjectNode) root.get("workflows") : root.putObject("workflows");
        ObjectNode node = workflows.putObject(workflow);
        ArrayNode recent = node.putArray("recentInputs");
        entry.recentInputs().forEach(recent::add);
        ArrayNode breakpoints = node.putArray("breakpoints");
        entry.breakpoints().forEach(b -> write(breakpoints, b));
        AtomicFiles.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
    }

    private ObjectNode root() {
        try {
            if (Files.isRegularFile(file)) {
                JsonNode node = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
                if (node != null && node.isObject()) {
                    return (ObjectNode) node;
                }
            }
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
        return JSON.createObjectNode();
    }

    private static void write(ArrayNode array, StateBreakpoint breakpoint) {
        BreakpointLimit limit = breakpoint.limit();
        if (limit.equals(BreakpointLimit.EVERY)) {
            array.add(breakpoint.pointer());
            return;
        }
        ObjectNode limited = array.addObject().put(STATE, breakpoint.pointer());
        if (limit.mapIteration() != null) {
            limited.put(MAP_ITERATION, limit.mapIteration());
        } else {
            limited.put(PARALLEL_BRANCH, limit.parallelBranch());
        }
    }

    private static List<StateBreakpoint> breakpoints(JsonNode array) {
        List<StateBreakpoint> out = new ArrayList<>();
        array.forEach(n -> {
            if (n.isTextual()) {
                out.add(StateBreakpoint.at(n.asText()));
            } else if (n.path(STATE).isTextual()) {
                out.add(new StateBreakpoint(n.get(STATE).asText(), limit(n)));
            }
        });
        return out;
    }

    /** The limit written in {@code node}, or none when it holds no valid one. */
    private static BreakpointLimit limit(JsonNode node) {
        JsonNode iteration = node.path(MAP_ITERATION);
        JsonNode branch = node.path(PARALLEL_BRANCH);
        if (iteration.canConvertToInt() && iteration.isIntegralNumber() && iteration.intValue() >= 0) {
            return BreakpointLimit.iteration(iteration.intValue());
        }
        if (branch.canConvertToInt() && branch.isIntegralNumber() && branch.intValue() >= 0) {
            return BreakpointLimit.branch(branch.intValue());
        }
        return BreakpointLimit.EVERY;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> {
            if (n.isTextual()) {
                out.add(n.asText());
            }
        });
        return out;
    }
}
