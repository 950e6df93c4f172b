package statewise.engine.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads CloudFormation's YAML short tags as the long forms they stand for, so that the rest of the import sees one
 * notation: {@code !Ref X} is <code>{"Ref": "X"}</code>, {@code !GetAtt A.B} is
 * <code>{"Fn::GetAtt": ["A", "B"]}</code>, {@code !Condition C} is <code>{"Condition": "C"}</code>, and every
 * other tag {@code !Name v} is <code>{"Fn::Name": v}</code>. Timestamps stay strings (a template's
 * {@code AWSTemplateFormatVersion: 2010-09-09} is a version, not a date).
 */
final class ShortTagConstructor extends SafeConstructor {

    /** The short tags CloudFormation defines, other than {@code !Ref}, {@code !GetAtt} and {@code !Condition}. */
    private static final List<String> FUNCTIONS = List.of("Base64", "Cidr", "FindInMap", "GetAZs", "ImportValue",
            "Join", "Select", "Split", "Sub", "Transform", "And", "Equals", "If", "Not", "Or", "ToJsonString",
            "Length");

    ShortTagConstructor(LoaderOptions options) {
        super(options);
        yamlConstructors.put(Tag.TIMESTAMP, new ConstructYamlStr());
        yamlConstructors.put(new Tag("!Ref"), new Intrinsic("Ref"));
        yamlConstructors.put(new Tag("!Condition"), new Intrinsic("Condition"));
        yamlConstructors.put(new Tag("!GetAtt"), new GetAtt());
        for (String function : FUNCTIONS) {
            yamlConstructors.put(new Tag("!" + function), new Intrinsic("Fn::" + function));
        }
    }

    /** The node's value, whatever its kind (a short tag may stand before a scalar, a sequence or a mapping). */
    private Object content(Node node) {
        if (node instanceof ScalarNode scalar) {
            return constructScalar(scalar);
        }
        if (node instanceof SequenceNode sequence) {
            return new ArrayList<>(constructSequence(sequence));
        }
        Map<Object, Object> map = new LinkedHashMap<>();
        constructMapping2ndStep((MappingNode) node, map);
        return map;
    }

    /** {@code !Name value} as <code>{"key": value}</code>. */
    private final class Intrinsic extends AbstractConstruct {
        private final String key;

        Intrinsic(String key) {
            this.key = key;
        }

        @Override
        public Object construct(Node node) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put(key, content(node));
            return out;
        }
    }

    /** {@code !GetAtt Resource.Attribute} as <code>{"Fn::GetAtt": ["Resource", "Attribute"]}</code>. */
    private final class GetAtt extends AbstractConstruct {
        @Override
        public Object construct(Node node) {
            Object value = content(node);
            if (value instanceof String text && text.indexOf('.') > 0) {
                int dot = text.indexOf('.');
                value = List.of(text.substring(0, dot), text.substring(dot + 1));
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("Fn::GetAtt", value);
            return out;
        }
    }
}
