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
 * execution inputs and the breakpoints, keyed by the workflow's absolute path. Unreadable files are treated as
 * empty, because losing this memory is harmless. Blocking: call it off the FX thread.
 */
public final class WorkflowMemory {

    /** How many recent inputs are kept per workflow. */
    public static final int RECENT_LIMIT = 10;

    /**
     * What is remembered of one workflow.
     *
     * @param recentInputs input texts, newest first
     * @param breakpoints  state pointers
     */
    public record Entry(List<String> recentInputs, List<String> breakpoints) {
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

        public Entry withBreakpoints(List<String> value) {
            return new Entry(recentInputs, value);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    public WorkflowMemory(Path file) {
        this.file = file;
    }

    public synchronized Entry load(String workflow) {
        JsonNode entry = root().path("workflows").path(workflow);
        return new Entry(strings(entry.path("recentInputs")), strings(entry.path("breakpoints")));
    }

    public synchronized void store(String workflow, Entry entry) throws IOException {
        ObjectNode root = root();
        ObjectNode workflows = root.has("workflows") && root.get("workflows").isObject()
                ? (ObjectNode) root.get("workflows") : root.putObject("workflows");
        ObjectNode node = workflows.putObject(workflow);
        ArrayNode recent = node.putArray("recentInputs");
        entry.recentInputs().forEach(recent::add);
        ArrayNode breakpoints = node.putArray("breakpoints");
        entry.breakpoints().forEach(breakpoints::add);
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
