package statewise.engine.parse;

import java.util.regex.Pattern;

/**
 * {@code ${Name}} definition-substitution placeholders, which CloudFormation ({@code DefinitionSubstitutions}),
 * SAM and CDK replace before the definition reaches AWS. They are accepted wherever a value goes.
 */
public final class Placeholders {

    private static final Pattern WHOLE = Pattern.compile("\\$\\{[^{}\\s]+}");
    private static final Pattern ANY = Pattern.compile("\\$\\{[A-Za-z0-9_:.\\-]+}");

    private Placeholders() {
    }

    /** True when the whole string is one placeholder, e.g. {@code "${Timeout}"}. */
    public static boolean isPlaceholder(String s) {
        return s.length() > 3 && s.charAt(0) == '$' && s.charAt(1) == '{' && WHOLE.matcher(s).matches();
    }

    /** True when the string contains at least one placeholder, e.g. {@code "arn:aws:lambda:${AWS::Region}:..."}. */
    public static boolean containsPlaceholder(String s) {
        return s.indexOf("${") >= 0 && ANY.matcher(s).find();
    }
}
