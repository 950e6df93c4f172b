package statewise.engine.parse;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * What a failure of Jackson's or SnakeYAML's reader means to the user: a plain message and the offset it is about.
 * The readers report the same kind of problem several ways (a {@link JsonProcessingException}, one wrapping
 * SnakeYAML's {@link MarkedYAMLException}, or an unchecked exception from the YAML scanner); this turns each into
 * one {@link SyntaxError}, with the offset where a reader would look for the mistake.
 */
final class SyntaxErrors {

    /** A syntax error's message and the character offset it is about. */
    record SyntaxError(String message, int offset) {
    }

    private SyntaxErrors() {
    }

    /** The syntax error a reader's exception reports about {@code text}. */
    static SyntaxError of(Exception e, String text, TokenOffsets offsets) {
        if (e.getCause() instanceof MarkedYAMLException yaml) {
            return yaml(yaml, text, offsets);
        }
        if (e instanceof JsonProcessingException json) {
            return json(json, text, offsets);
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : ParserMessages.json(e.getMessage());
        return new SyntaxError(message, text.length());
    }

    private static SyntaxError json(JsonProcessingException e, String text, TokenOffsets offsets) {
        JsonLocation loc = e.getLocation();
        int offset = loc == null ? text.length() : offsets.at(loc);
        String message = e.getOriginalMessage() == null ? "malformed input" : e.getOriginalMessage();
        String token = ParserMessages.unreadToken(message);
        if (token != null && !token.isEmpty()) {
            int start = text.lastIndexOf(token, offset);
            offset = start >= 0 && start + token.length() >= offset - 1 ? start : offset;
        }
        return new SyntaxError(ParserMessages.json(message), offset);
    }

    private static SyntaxError yaml(MarkedYAMLException e, String text, TokenOffsets offsets) {
        Mark mark = ParserMessages.yamlMark(e);
        int offset = mark == null ? text.length() : offsets.ofCodePoint(mark.getIndex());
        return new SyntaxError(ParserMessages.yaml(e), offset);
    }
}
