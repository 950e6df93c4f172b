package statewise.app.debug.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import statewise.app.files.AtomicFiles;
import statewise.engine.parse.UserFileException;
import statewise.engine.run.NamedInputs;

/**
 * Named execution inputs saved next to a workflow ({@code order.asl.inputs.json}): one JSON object whose members
 * are the names and whose values are the inputs, so the file is easy to read, diff and share with the workflow.
 */
public final class SavedInputs {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SavedInputs() {
    }

    /** The inputs in {@code file}, in file order; none when it does not exist. */
    public static Map<String, JsonNode> read(Path file) throws IOException {
        Map<String, JsonNode> inputs = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return inputs;
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            inputs.putAll(NamedInputs.read(text, file.getFileName().toString()));
        } catch (UserFileException e) {
            throw new IOException(e.getMessage(), e);
        }
        return inputs;
    }

    /** Adds or replaces input {@code name} in {@code file}, keeping the others. */
    public static Map<String, JsonNode> save(Path file, String name, JsonNode input) throws IOException {
        Map<String, JsonNode> inputs = read(file);
        inputs.put(name, input);
        ObjectNode root = JSON.createObjectNode();
        inputs.forEach(root::set);
        AtomicFiles.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
        return inputs;
    }
}
