package statewise.engine.model;

/** How ASL marks a JSONata expression inside a JSON string: {@code "{% expression %}"}. */
public final class JsonataText {

    public static final String OPEN = "{%";
    public static final String CLOSE = "%}";

    private JsonataText() {
    }

    /** True when the whole string is one JSONata expression. AWS requires the delimiters at both ends. */
    public static boolean isExpression(String s) {
        return s.length() >= OPEN.length() + CLOSE.length() && s.startsWith(OPEN) && s.endsWith(CLOSE);
    }

    /** The expression between the delimiters, trimmed. */
    public static String body(String s) {
        return s.substring(OPEN.length(), s.length() - CLOSE.length()).trim();
    }

    public static String wrap(String body) {
        return OPEN + " " + body + " " + CLOSE;
    }
}
