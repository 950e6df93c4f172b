package statewise.engine.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The shared material outside the repository ({@code ../shared}): the AWS-recorded conformance corpus, the other
 * validators' definitions and the benchmark workflows. The build passes its location as {@code statewise.shared}.
 */
public final class SharedCorpus {

    public static final ObjectMapper JSON = new ObjectMapper();

    /** One corpus file: its id, category folder, kind, and the parsed case. */
    public record Case(String id, String folder, String kind, JsonNode json, Path file) {

        public JsonNode definition() {
            return json.get("definition");
        }

        public JsonNode expected() {
            return json.path("expected");
        }
    }

    private SharedCorpus() {
    }

    public static Path root() {
        String configured = System.getProperty("statewise.shared");
        Path path = configured != null ? Path.of(configured) : Path.of("..", "..", "shared");
        if (!Files.isDirectory(path)) {
            path = Path.of("..", "shared");
        }
        if (!Files.isDirectory(path.resolve("conformance"))) {
            throw new IllegalStateException("The shared corpus is not at " + path.toAbsolutePath()
                    + "; set -Dstatewise.shared=/path/to/shared");
        }
        return path.normalize();
    }

    /** Every case of the AWS-recorded conformance corpus, sorted by id. */
    public static List<Case> conformance() {
        return load(root().resolve("conformance").resolve("cases"), "kind");
    }

    /** Every definition of the other validators' corpus, sorted by id. */
    public static List<Case> validation() {
        return load(root().resolve("validation").resolve("cases"), null);
    }

    /** The benchmark workflows ({@code bench/workflows/*.asl.json}). */
    public static List<Path> benchWorkflows() {
        try (Stream<Path> files = Files.list(root().resolve("bench").resolve("workflows"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Case> load(Path dir, String kindField) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".json"))
                    .map(p -> read(dir, p, kindField))
                    .sorted(Comparator.comparing(Case::id))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Case read(Path dir, Path file, String kindField) {
        try {
            JsonNode json = JSON.readTree(file.toFile());
            Path relative = dir.relativize(file);
            String folder = relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
            String kind = kindField == null ? "validation" : json.path(kindField).asText();
            return new Case(json.path("id").asText(), folder, kind, json, file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
