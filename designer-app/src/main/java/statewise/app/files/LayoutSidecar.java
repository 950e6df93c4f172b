package statewise.app.files;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import statewise.app.session.NodePositions;

/**
 * The layout file next to a definition ({@code order.asl.json} → {@code order.asl.layout.json}): where the user
 * placed nodes, keyed by the JSON pointer of their state, so positions never touch the ASL text. A small versioned
 * JSON format:
 *
 * <pre>{"format": "statewise-layout", "version": 1, "nodes": {"/States/A": {"x": 40, "y": 120}}}</pre>
 *
 * <p>Reading is tolerant: a file that is not JSON, has another format or a newer version, or holds entries of the
 * wrong shape gives whatever positions it can, and a note instead of an error; missing nodes are laid out again.
 */
public final class LayoutSidecar {

    /** The value of {@code format}, so other JSON files are never mistaken for layout files. */
    public static final String FORMAT = "statewise-layout";

    /** The version this build writes and reads. */
    public static final int VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String[] DEFINITION_SUFFIXES = {".asl.json", ".asl.yaml", ".asl.yml", ".json", ".yaml",
        ".yml"};

    /** What reading a layout file gave: the positions found, and a note when something could not be used. */
    public record Read(NodePositions positions, @Nullable String note) {
    }

    private LayoutSidecar() {
    }

    /** The layout file of {@code definition}: its name without the definition suffix, plus {@code .layout.json}. */
    public static Path pathFor(Path definition) {
        String name = definition.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        String base = name;
        for (String suffix : DEFINITION_SUFFIXES) {
            if (lower.endsWith(suffix)) {
                base = name.substring(0, name.length() - suffix.length());
                break;
            }
        }
        String layoutSuffix = lower.contains(".asl.") ? ".asl.layout.json" : ".layout.json";
        return definition.resolveSibling(base + layoutSuffix);
    }

    /** Reads the layout file of {@code definition}; no file means no positions and no note. */
    public static Read read(Path definition) {
        Path file = pathFor(definition);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return new Read(NodePositions.none(), null);
        } catch (IOException e) {
            return new Read(NodePositions.none(), "The layout file " + file.getFileName() + " could not be read ("
                    + e.getClass().getSimpleName() + "); nodes are laid out automatically.");
        }
        return parse(text, file.getFileName().toString());
    }

    /** Reads layout text; {@code name} is only for the note. */
    public static Read parse(String text, String name) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return unusable(name, "it is not JSON");
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
            return unusable(name, "it is not a Statewise layout file");
        }
        int version = root.path("version").asInt(-1);
        if (version < 1) {
            return unusable(name, "it has no version");
        }
        Map<String, NodePositions.Position> positions = new LinkedHashMap<>();
        int skipped = 0;
        JsonNode nodes = root.path("nodes");
        for (Iterator<Map.Entry<String, JsonNode>> it = nodes.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode x = entry.getValue().path("x");
            JsonNode y = entry.getValue().path("y");
            boolean pointer = entry.getKey().isEmpty() || entry.getKey().startsWith("/");
            if (pointer && x.isNumber() && y.isNumber() && Double.isFinite(x.asDouble())
                    && Double.isFinite(y.asDouble())) {
                positions.put(entry.getKey(), new NodePositions.Position(x.asDouble(), y.asDouble()));
            } else {
                skipped++;
            }
        }
        String note = null;
        if (version > VERSION) {
            note = "The layout file " + name + " was written by a newer Statewise (version " + version
                    + "); what this version understands of it is used.";
        } else if (skipped > 0) {
            note = "The layout file " + name + " has " + skipped + " unusable "
                    + (skipped == 1 ? "entry" : "entries") + "; those nodes are laid out automatically.";
        }
        return new Read(new NodePositions(positions), note);
    }

    /** The layout file's text for {@code positions}. */
    public static String format(NodePositions positions) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        ObjectNode nodes = root.putObject("nodes");
        positions.byPointer().forEach((pointer, position) -> {
            ObjectNode node = nodes.putObject(pointer);
            node.put("x", position.x());
            node.put("y", position.y());
        });
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A tree of numbers and strings always serializes", e);
        }
    }

    /**
     * Writes the layout file of {@code definition} atomically (replacing one that could not be read). A definition
     * without positions and without a layout file does not get an empty one.
     */
    public static void write(Path definition, NodePositions positions) throws IOException {
        Path file = pathFor(definition);
        if (!positions.isEmpty() || Files.exists(file)) {
            AtomicFiles.write(file, format(positions));
        }
    }

    private static Read unusable(String name, String why) {
        return new Read(NodePositions.none(), "The layout file " + name + " was ignored because " + why
                + "; nodes are laid out automatically.");
    }
}
