package statewise.layout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import statewise.engine.document.AslDocument;
import statewise.engine.document.DocumentFormat;
import statewise.engine.parse.AslParser;
import statewise.layout.render.Java2dSizer;

/**
 * The definitions the layout is measured on: every distinct definition of the AWS-recorded conformance corpus
 * ({@code shared/conformance/cases}) and the benchmark workflows ({@code shared/bench/workflows}). The build passes
 * the shared folder's location as {@code statewise.shared}, as it does for the engine's tests.
 */
final class LayoutCorpus {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One definition: a name to report it by, its JSON text and its parsed document. */
    record Definition(String name, String text, AslDocument document) {

        DiagramGraph graph() {
            return DiagramGraphs.of(document, Java2dSizer.INSTANCE);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static List<Definition> conformance;
    private static List<Definition> bench;

    private LayoutCorpus() {
    }

    static Path shared() {
        String configured = System.getProperty("statewise.shared");
        Path path = configured != null ? Path.of(configured) : Path.of("..", "..", "shared");
        if (!Files.isDirectory(path.resolve("conformance"))) {
            throw new IllegalStateException("The shared corpus is not at " + path.toAbsolutePath()
                    + "; set -Dstatewise.shared=/path/to/shared");
        }
        return path.normalize();
    }

    /** Every distinct definition of the conformance corpus, named by the first case (by id) that holds it. */
    static synchronized List<Definition> conformance() {
        if (conformance == null) {
            Map<String, String> byText = new LinkedHashMap<>();
            try (Stream<Path> files = Files.walk(shared().resolve("conformance").resolve("cases"))) {
                for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                    JsonNode json = JSON.readTree(file.toFile());
                    JsonNode definition = json.get("definition");
                    if (definition != null) {
                        byText.putIfAbsent(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(definition),
                                json.path("id").asText());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            List<Definition> out = new ArrayList<>();
            byText.forEach((text, id) -> out.add(new Definition(id, text,
                    AslParser.parseAny(text, DocumentFormat.JSON))));
            conformance = List.copyOf(out);
        }
        return conformance;
    }

    /** The benchmark workflows, by file name. */
    static synchronized List<Definition> bench() {
        if (bench == null) {
            List<Definition> out = new ArrayList<>();
            try (Stream<Path> files = Files.list(shared().resolve("bench").resolve("workflows"))) {
                for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                    String text = Files.readString(file);
                    out.add(new Definition(file.getFileName().toString(), text,
                            AslParser.parse(text, DocumentFormat.JSON)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            bench = List.copyOf(out);
        }
        return bench;
    }

    /** Both, conformance first. */
    static List<Definition> all() {
        List<Definition> all = new ArrayList<>(conformance());
        all.addAll(bench());
        return all;
    }
}
