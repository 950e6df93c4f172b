package statewise.engine.template;

import java.util.List;
import org.jspecify.annotations.Nullable;
import statewise.engine.document.AslDocument;
import statewise.engine.document.DocumentFormat;
import statewise.engine.parse.AslParser;

/**
 * One state machine a template defines, for the designer to list ("which one do you want to open?") and open.
 *
 * @param logicalId     the resource's logical id in {@code Resources}
 * @param resourceType  {@code AWS::StepFunctions::StateMachine} or {@code AWS::Serverless::StateMachine}
 * @param source        where the definition came from, e.g. {@code DefinitionString (Fn::Join)} or
 *                      {@code DefinitionUri (statemachine/orders.asl.json)}
 * @param definition    the definition's text, with {@code ${...}} placeholders where the template substitutes
 *                      values; null when it cannot be read (see {@code problem})
 * @param format        the definition text's notation
 * @param substitutions the names {@code DefinitionSubstitutions} gives values to, in template order
 * @param problem       why the definition cannot be read (kept in S3, a missing file...); null when it can
 */
public record TemplateStateMachine(String logicalId, String resourceType, String source, @Nullable String definition,
        DocumentFormat format, List<String> substitutions, @Nullable String problem) {

    public TemplateStateMachine {
        substitutions = List.copyOf(substitutions);
    }

    /** The definition read as a document, as if opened from a file. */
    public AslDocument document() {
        if (definition == null) {
            throw new IllegalStateException("No definition to open for " + logicalId + ": " + problem);
        }
        return AslParser.parse(definition, format);
    }
}
