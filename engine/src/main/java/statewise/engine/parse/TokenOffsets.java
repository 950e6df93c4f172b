package statewise.engine.parse;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import statewise.engine.document.DocumentFormat;
import statewise.engine.document.LineIndex;

/**
 * Where the tokens of one text start and end, as UTF-16 character offsets. Jackson's JSON parser counts characters
 * and reports where a token starts but not where it ends; SnakeYAML counts code points and reports end marks at the
 * start of whatever follows. This class hides both, so {@link TreeReader} records spans without asking which
 * format it reads.
 */
final class TokenOffsets {

    private final String text;
    private final DocumentFormat format;
    private final LineIndex lines;
    private final CodePointOffsets codePoints;
    private final TextScan scan;

    TokenOffsets(String text, DocumentFormat format, LineIndex lines) {
        this.text = text;
        this.format = format;
        this.lines = lines;
        this.codePoints = new CodePointOffsets(text);
        this.scan = new TextScan(text, lines);
    }

    /**
     * Where the current token starts. Jackson's JSON parser gives a value token's offset without building a
     * location: one location per token was a sixth of what reading a large definition allocated. Keys and YAML
     * tokens go through {@link #at}.
     */
    int tokenStart(JsonParser parser) {
        if (format == DocumentFormat.JSON && parser instanceof ParserBase json
                && parser.currentToken() != JsonToken.FIELD_NAME) {
            long offset = json.getTokenCharacterOffset() - 1;
            if (offset >= 0) {
                return (int) Math.min(offset, text.length());
            }
        }
        return at(parser.currentTokenLocation());
    }

    /** Where the current token starts by the parser's location of it (keys, aliases, what cannot be read). */
    int locatedStart(JsonParser parser) {
        return at(parser.currentTokenLocation());
    }

    /** The end of the current key, which starts at {@code start}. */
    int keyEnd(JsonParser parser, int start) {
        return format == DocumentFormat.YAML ? at(parser.currentLocation()) : scan.scalarEnd(start);
    }

    /** The end of the current scalar value, which starts at {@code start}. */
    int scalarEnd(JsonParser parser, int start) {
        return format == DocumentFormat.YAML ? scan.trimBack(at(parser.currentLocation()), start)
                : scan.scalarEnd(start);
    }

    /** The end of the object or array the current token closes, which started at {@code start}. */
    int containerEnd(JsonParser parser, int start) {
        return format == DocumentFormat.YAML ? scan.trimBack(at(parser.currentLocation()), start)
                : tokenStart(parser) + 1;
    }

    /** The end of the current YAML alias, which starts at {@code start}. */
    int aliasEnd(JsonParser parser, int start) {
        return scan.trimBack(at(parser.currentLocation()), start);
    }

    /** The end of what a diagnostic at {@code at} underlines: the JSON token there, or one YAML character. */
    int problemEnd(int at) {
        return format == DocumentFormat.JSON ? scan.scalarEnd(at) : lines.afterCharacter(at);
    }

    /** The end of the scalar-like token at {@code at} (content after the definition). */
    int scalarEnd(int at) {
        return scan.scalarEnd(at);
    }

    /** The character offset of the {@code index}th code point (SnakeYAML's marks count code points). */
    int ofCodePoint(int index) {
        return codePoints.toOffset(index);
    }

    /** The character offset of a parser location (SnakeYAML counts code points; Jackson's JSON, characters). */
    int at(JsonLocation loc) {
        long index = loc.getCharOffset();
        if (index >= 0) {
            return format == DocumentFormat.YAML ? codePoints.toOffset((int) Math.min(index, Integer.MAX_VALUE))
                    : (int) Math.min(index, text.length());
        }
        return loc.getLineNr() > 0 ? lines.offset(loc.getLineNr(), loc.getColumnNr()) : text.length();
    }
}
