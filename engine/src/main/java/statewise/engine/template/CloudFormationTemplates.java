package statewise.engine.template;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import statewise.engine.document.DocumentFormat;
import statewise.engine.serialize.AslSerializer;

/**
 * Opens the state machines of a CloudFormation or SAM template (JSON or YAML, short tags included), so that a
 * definition kept in infrastructure code can be designed, validated and run like one kept in its own file. The
 * designer lists {@link TemplateScan#stateMachines()} and opens the one the user picks; substitutions stay
 * {@code ${...}} placeholders.
 */
public final class CloudFormationTemplates {

    public static final String STEP_FUNCTIONS = "AWS::StepFunctions::StateMachine";
    public static final String SERVERLESS = "AWS::Serverless::StateMachine";

    private CloudFormationTemplates() {
    }

    /**
     * The state machines of the template {@code text}.
     *
     * @param file the template's file, to find a {@code DefinitionUri} relative to it; null when it has none
     */
    public static TemplateScan scan(String text, @Nullable Path file) {
        JsonNode root;
        try {
            root = TemplateReader.read(text, DocumentFormat.detect(text));
        } catch (TemplateException e) {
            return TemplateScan.failed(e.getMessage());
        }
        if (!root.isObject() || !root.path("Resources").isObject()) {
            return TemplateScan.failed("This is not a CloudFormation or SAM template: it has no Resources section.");
        }
        DocumentFormat format = DocumentFormat.detect(text);
        List<TemplateStateMachine> machines = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.get("Resources").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> resource = it.next();
            String type = resource.getValue().path("Type").asText();
            if (type.equals(STEP_FUNCTIONS) || type.equals(SERVERLESS)) {
                machines.add(machine(resource.getKey(), type, resource.getValue().path("Properties"), format, file));
            }
        }
        if (machines.isEmpty()) {
            return TemplateScan.failed("The template defines no state machine: none of its resources is of type "
                    + STEP_FUNCTIONS + " or " + SERVERLESS + ".");
        }
        return new TemplateScan(machines, null);
    }

    /** Reads the template file and lists its state machines; a file that cannot be read gives the scan's error. */
    public static TemplateScan scan(Path file) {
        try {
            return scan(Files.readString(file), file);
        } catch (IOException e) {
            return TemplateScan.failed("The template " + file + " cannot be read: " + e.getMessage());
        }
    }

    private static TemplateStateMachine machine(String id, String type, JsonNode properties, DocumentFormat format,
            @Nullable Path file) {
        List<String> substitutions = new ArrayList<>();
        properties.path("DefinitionSubstitutions").fieldNames().forEachRemaining(substitutions::add);
        try {
            JsonNode definition = properties.get("Definition");
            if (definition != null && definition.isObject() && Intrinsics.function(definition) == null) {
                AslSerializer writer = format == DocumentFormat.YAML ? AslSerializer.yaml() : AslSerializer.json();
                String text = writer.writeTree(Intrinsics.placeholders(definition));
                return new TemplateStateMachine(id, type, "Definition", text, format, substitutions, null);
            }
            JsonNode string = definition != null ? definition : properties.get("DefinitionString");
            if (string != null) {
                String text = Intrinsics.definitionString(string);
                String function = Intrinsics.function(string);
                String source = (definition != null ? "Definition" : "DefinitionString")
                        + (function == null ? "" : " (" + function + ")");
                return new TemplateStateMachine(id, type, source, text, DocumentFormat.detect(text), substitutions,
                        null);
            }
            return fromElsewhere(id, type, properties, file, substitutions);
        } catch (TemplateException e) {
            return new TemplateStateMachine(id, type, "", null, format, substitutions, e.getMessage());
        }
    }

    /** A definition in a file next to the template ({@code DefinitionUri}) or in S3. */
    private static TemplateStateMachine fromElsewhere(String id, String type, JsonNode properties,
            @Nullable Path file, List<String> substitutions) {
        JsonNode uri = properties.get("DefinitionUri");
        JsonNode s3 = uri != null && uri.isObject() ? uri : properties.get("DefinitionS3Location");
        if (s3 != null) {
            String where = "s3://" + Intrinsics.text(s3.path("Bucket")) + "/" + Intrinsics.text(s3.path("Key"));
            throw new TemplateException("The definition is kept in S3 (" + where + "); download it and open the"
                    + " file instead.");
        }
        if (uri == null) {
            throw new TemplateException("The state machine has no definition: it needs Definition,"
                    + " DefinitionString or DefinitionUri.");
        }
        String path = Intrinsics.text(uri);
        if (path.startsWith("s3://")) {
            throw new TemplateException("The definition is kept in S3 (" + path + "); download it and open the"
                    + " file instead.");
        }
        if (file == null) {
            throw new TemplateException("DefinitionUri '" + path + "' is relative to the template's folder, which"
                    + " is not known: open the template from its file.");
        }
        Path parent = file.toAbsolutePath().getParent();
        Path definition = parent == null ? Path.of(path) : parent.resolve(path).normalize();
        try {
            String text = Files.readString(definition);
            return new TemplateStateMachine(id, type, "DefinitionUri (" + path + ")", text,
                    DocumentFormat.fromFileName(definition.getFileName().toString()), substitutions, null);
        } catch (IOException e) {
            throw new TemplateException("The file '" + path + "' named by DefinitionUri cannot be read ("
                    + definition + ").");
        }
    }
}
