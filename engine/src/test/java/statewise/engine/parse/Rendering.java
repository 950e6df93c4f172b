package statewise.engine.parse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.UncheckedIOException;
import statewise.engine.document.DocumentFormat;

/**
 * The ways a definition tree is written out as text before the text itself is mutated: the layouts people and tools
 * actually produce (pretty JSON, one-line JSON, YAML with and without quotes and document markers).
 */
enum Rendering {
    JSON_PRETTY(DocumentFormat.JSON, new ObjectMapper().writerWithDefaultPrettyPrinter()),
    JSON_COMPACT(DocumentFormat.JSON, new ObjectMapper().writer()),
    YAML_QUOTED(DocumentFormat.YAML, new YAMLMapper().writer()),
    YAML_PLAIN(DocumentFormat.YAML, YAMLMapper.builder()
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .build().writer());

    private final DocumentFormat format;
    private final ObjectWriter writer;

    Rendering(DocumentFormat format, ObjectWriter writer) {
        this.format = format;
        this.writer = writer;
    }

    DocumentFormat format() {
        return format;
    }

    /** The tree as text; trees the writer refuses (too deep for it) are an error of the generator, not the parser. */
    String render(JsonNode tree) {
        try {
            return writer.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
