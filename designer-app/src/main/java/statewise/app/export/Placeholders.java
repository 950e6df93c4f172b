package statewise.app.export;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code ${Name}} definition-substitution placeholders of a definition, which CloudFormation and SAM fill from
 * {@code DefinitionSubstitutions} and Terraform from its variables. {@code ${AWS::Region}}-style names are
 * CloudFormation pseudo parameters.
 */
final class Placeholders {

    static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");

    private Placeholders() {
    }

    /** The placeholder names in {@code text}, in order of first use. */
    static Set<String> names(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** A CloudFormation-safe key for a placeholder: {@code AWS::Region} becomes {@code AWSRegion}. */
    static String key(String name) {
        return name.replaceAll("[^A-Za-z0-9]", "");
    }

    static boolean pseudo(String name) {
        return name.startsWith("AWS::");
    }
}
