package statewise.engine.template;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import statewise.engine.document.DocumentFormat;

/**
 * Reads a template as a JSON tree: JSON with Jackson, YAML with SnakeYAML and {@link ShortTagConstructor}, so that
 * {@code !Sub}, {@code !Ref}, {@code !GetAtt} and the other short tags read as their long forms. Bad text gives a
 * {@link TemplateException} with a one-line message and a line number.
 */
final class TemplateReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Large templates are fine; the limit only stops a runaway file. */
    private static final int MAX_CODE_POINTS = 50 * 1024 * 1024;

    private TemplateReader() {
    }

    static JsonNode read(String text, DocumentFormat format) {
        if (text.isBlank()) {
            throw new TemplateException("The template is empty.");
        }
        return format == DocumentFormat.JSON ? json(text) : yaml(text);
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new TemplateException("The template is not valid JSON" + (at == null ? "" : " (line "
                    + at.getLineNr() + ", column " + at.getColumnNr() + ")") + ": " + e.getOriginalMessage());
        }
    }

    private static JsonNode yaml(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowDuplicateKeys(false);
        Yaml yaml = new Yaml(new ShortTagConstructor(options));
        Object value;
        try {
            value = yaml.load(text);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark();
            throw new TemplateException("The template is not valid YAML" + (mark == null ? "" : " (line "
                    + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1) + ")") + ": " + e.getProblem());
        } catch (YAMLException e) {
            throw new TemplateException("The template is not valid YAML: " + e.getMessage());
        }
        return JSON.valueToTree(value);
    }
}
