package statewise.engine.parse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The JSON and YAML parsers, configured for untrusted definitions: strings and files of any size, numbers up to
 * 100,000 digits, and a nesting limit just past {@link TreeReader#MAX_NESTING_DEPTH} (which {@link TreeReader}
 * enforces itself, to report it where it happens).
 */
final class ReaderFactories {

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(constraints())
            .build();

    /** Built on first use: loading the YAML classes is a cost a JSON-only session never has to pay. */
    private static final class Yaml {
        static final YAMLFactory FACTORY = YAMLFactory.builder()
                .loaderOptions(yamlLoaderOptions())
                .streamReadConstraints(constraints())
                .build();
    }

    private ReaderFactories() {
    }

    static JsonParser json(String text) throws IOException {
        return JSON.createParser(withoutByteOrderMark(text));
    }

    static JsonParser yaml(String text) throws IOException {
        return Yaml.FACTORY.createParser(text);
    }

    private static StreamReadConstraints constraints() {
        return StreamReadConstraints.builder()
                .maxNestingDepth(TreeReader.MAX_NESTING_DEPTH + 1)
                .maxStringLength(Integer.MAX_VALUE)
                .maxNumberLength(100_000)
                .build();
    }

    /**
     * JSON text saved with a byte order mark reads as if the mark were a blank (same length, so every offset still
     * points into the original text); SnakeYAML skips the mark itself.
     */
    private static String withoutByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? " " + text.substring(1) : text;
    }

    private static LoaderOptions yamlLoaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(64 * 1024 * 1024);
        options.setNestingDepthLimit(TreeReader.MAX_NESTING_DEPTH + 10);
        options.setAllowDuplicateKeys(true);
        return options;
    }
}
