package statewise.app.files;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import statewise.app.session.NodePositions;

/**
 * The recovery folder: one JSON file per draft of unsaved work, written atomically. At start-up the drafts whose
 * process has ended are the ones a crash left behind, and are offered back; a clean exit deletes its own draft.
 * Files that cannot be read as drafts are skipped, never fatal.
 */
public final class RecoveryStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SUFFIX = ".draft.json";

    private final Path folder;

    public RecoveryStore(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    /** A draft id for this process, unique among the windows it opens. */
    public static String newId(long pid, int window) {
        return "draft-" + pid + "-" + window;
    }

    public void write(Draft draft) throws IOException {
        Files.createDirectories(folder);
        ObjectNode root = JSON.createObjectNode();
        root.put("version", 1);
        root.put("pid", draft.pid());
        root.put("file", draft.file());
        root.put("name", draft.name());
        root.put("savedAt", draft.savedAt().toString());
        root.put("text", draft.text());
        root.put("layout", LayoutSidecar.format(draft.positions()));
        AtomicFiles.write(folder.resolve(draft.id() + SUFFIX), JSON.writeValueAsString(root));
    }

    public void delete(String id) throws IOException {
        Files.deleteIfExists(folder.resolve(id + SUFFIX));
    }

    /** Drafts left behind by processes that are no longer running, newest first. */
    public List<Draft> orphans() {
        List<Draft> drafts = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return drafts;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
            for (Path file : files) {
                read(file).filter(draft -> !isRunning(draft.pid())).ifPresent(drafts::add);
            }
        } catch (IOException e) {
            return drafts;
        }
        drafts.sort(Comparator.comparing(Draft::savedAt).reversed());
        return drafts;
    }

    private static Optional<Draft> read(Path file) {
        try {
            JsonNode root = JSON.readTree(file.toFile());
            if (root == null || !root.path("text").isTextual() || !root.path("pid").canConvertToLong()) {
                return Optional.empty();
            }
            String name = file.getFileName().toString();
            String id = name.substring(0, name.length() - SUFFIX.length());
            String definition = root.path("file").isTextual() ? root.path("file").asText() : null;
            NodePositions positions = LayoutSidecar.parse(root.path("layout").asText(""), id).positions();
            return Optional.of(new Draft(id, root.path("pid").asLong(), definition,
                    root.path("name").asText("Recovered.asl.json"), root.path("text").asText(), positions,
                    Instant.parse(root.path("savedAt").asText())));
        } catch (IOException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static boolean isRunning(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
