package statewise.app.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.util.Set;
import statewise.engine.model.StateMachine;
import statewise.engine.serialize.AslSerializer;
import statewise.engine.serialize.KeyOrder;

/**
 * Infrastructure-as-code snippets that deploy the definition: a CloudFormation or SAM template
 * ({@code AWS::StepFunctions::StateMachine} or {@code AWS::Serverless::StateMachine} with the definition inline and
 * every {@code ${Name}} placeholder filled through {@code DefinitionSubstitutions}), and a Terraform
 * {@code aws_sfn_state_machine} resource whose placeholders become Terraform variables.
 */
public final class Snippets {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

    private Snippets() {
    }

    /** A CloudFormation template (YAML) with one state machine; {@code sam} uses the SAM resource type. */
    public static String cloudFormation(StateMachine machine, KeyOrder order, String name, boolean sam) {
        String text = AslSerializer.json().write(machine, order);
        Set<String> names = Placeholders.names(text);
        for (String placeholder : names) {
            text = text.replace("${" + placeholder + "}", "${" + Placeholders.key(placeholder) + "}");
        }
        ObjectNode template = JSON.createObjectNode();
        template.put("AWSTemplateFormatVersion", "2010-09-09");
        if (sam) {
            template.put("Transform", "AWS::Serverless-2016-10-31");
        }
        ObjectNode parameters = template.putObject("Parameters");
        parameters.putObject("RoleArn").put("Type", "String").put("Description", "The role the state machine runs as");
        ObjectNode resource = template.putObject("Resources").putObject(logicalId(name));
        resource.put("Type", sam ? "AWS::Serverless::StateMachine" : "AWS::StepFunctions::StateMachine");
        ObjectNode properties = resource.putObject("Properties");
        properties.put(sam ? "Name" : "StateMachineName", name);
        properties.set("Definition", read(text));
        properties.putObject(sam ? "Role" : "RoleArn").put("Ref", "RoleArn");
        if (!names.isEmpty()) {
            ObjectNode substitutions = properties.putObject("DefinitionSubstitutions");
            for (String placeholder : names) {
                String key = Placeholders.key(placeholder);
                substitutions.putObject(key).put("Ref", Placeholders.pseudo(placeholder) ? placeholder : key);
                if (!Placeholders.pseudo(placeholder)) {
                    parameters.putObject(key).put("Type", "String");
                }
            }
        }
        try {
            return YAML.writeValueAsString(template);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a template tree always writes", e);
        }
    }

    /** A Terraform resource (HCL) with the definition as a heredoc; placeholders become variables. */
    public static String terraform(StateMachine machine, KeyOrder order, String name) {
        String definition = AslSerializer.json().write(machine, order).replace("%{", "%%{");
        Set<String> names = Placeholders.names(definition);
        StringBuilder out = new StringBuilder();
        out.append("variable \"role_arn\" {\n  type        = string\n  description = \"The role the state machine")
                .append(" runs as\"\n}\n\n");
        for (String placeholder : names) {
            String reference = terraformReference(placeholder);
            definition = definition.replace("${" + placeholder + "}", "${" + reference + "}");
            if (!Placeholders.pseudo(placeholder)) {
                out.append("variable \"").append(Placeholders.key(placeholder)).append("\" {\n  type = string\n}\n\n");
            }
        }
        if (names.stream().anyMatch(n -> n.equals("AWS::Region"))) {
            out.append("data \"aws_region\" \"current\" {}\n\n");
        }
        if (names.stream().anyMatch(n -> n.equals("AWS::AccountId"))) {
            out.append("data \"aws_caller_identity\" \"current\" {}\n\n");
        }
        if (names.stream().anyMatch(n -> n.equals("AWS::Partition"))) {
            out.append("data \"aws_partition\" \"current\" {}\n\n");
        }
        out.append("resource \"aws_sfn_state_machine\" \"").append(terraformName(name)).append("\" {\n")
                .append("  name     = \"").append(name).append("\"\n")
                .append("  role_arn = var.role_arn\n")
                .append("  definition = <<-EOT\n");
        definition.lines().forEach(line -> out.append("    ").append(line).append('\n'));
        out.append("  EOT\n}\n");
        return out.toString();
    }

    private static String terraformReference(String placeholder) {
        return switch (placeholder) {
            case "AWS::Region" -> "data.aws_region.current.name";
            case "AWS::AccountId" -> "data.aws_caller_identity.current.account_id";
            case "AWS::Partition" -> "data.aws_partition.current.partition";
            default -> "var." + Placeholders.key(placeholder);
        };
    }

    /** A CloudFormation logical id from a name: letters and digits only, starting with a letter. */
    static String logicalId(String name) {
        String id = Placeholders.key(name);
        return id.isEmpty() || !Character.isLetter(id.charAt(0)) ? "StateMachine" + id : id;
    }

    private static String terraformName(String name) {
        String id = name.replaceAll("[^A-Za-z0-9_-]", "_");
        return id.isEmpty() || !Character.isLetter(id.charAt(0)) ? "state_machine_" + id : id;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the serializer writes JSON", e);
        }
    }
}
