package statewise.engine.parse;

/**
 * Writes big, valid definitions as pretty JSON text: a chain of Pass states, each with a comment that holds
 * non-ASCII and non-BMP characters, so size and position tests see realistic lines and UTF-16 columns.
 */
final class LargeDefinition {

    private static final String COMMENT = "A generated state (é, \uD83D\uDE00) that passes its input on to the next"
            + " one unchanged.";

    private LargeDefinition() {
    }

    static String stateName(int index) {
        return String.format("State%06d", index);
    }

    /** A state machine of {@code states} Pass states, about 175 characters each. */
    static String json(int states) {
        StringBuilder out = new StringBuilder(states * 180 + 100);
        out.append("{\n  \"Comment\": \"generated\",\n  \"StartAt\": \"").append(stateName(0))
                .append("\",\n  \"States\": {\n");
        for (int i = 0; i < states; i++) {
            boolean last = i == states - 1;
            out.append("    \"").append(stateName(i)).append("\": {\n")
                    .append("      \"Type\": \"Pass\",\n")
                    .append("      \"Comment\": \"").append(COMMENT).append("\",\n")
                    .append(last ? "      \"End\": true\n" : "      \"Next\": \"" + stateName(i + 1) + "\"\n")
                    .append(last ? "    }\n" : "    },\n");
        }
        return out.append("  }\n}").toString();
    }
}
