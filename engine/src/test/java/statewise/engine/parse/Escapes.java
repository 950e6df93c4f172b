package statewise.engine.parse;

/**
 * Writes any text as the body of a Java string literal, in printable ASCII with unicode escapes for everything else,
 * so a failing fuzz input printed to the console can be pasted into a regression test unchanged.
 */
final class Escapes {

    private Escapes() {
    }

    static String java(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7E) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
