package statewise.engine.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import statewise.engine.document.AslDocument;
import statewise.engine.document.DocumentFormat;
import statewise.engine.parse.AslParser;

/**
 * Turns a file (or standard input) into a parsed definition the same way everywhere: strict UTF-8, YAML by file
 * name or else by content, and a single state when the top level is one. The command line and the designer both
 * open definitions through here, so a file reads identically in both and failures carry the same short reasons.
 */
public final class DefinitionFile {

    /** How standard input is named in messages. */
    public static final String STDIN_NAME = "<stdin>";

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private DefinitionFile() {
    }

    /** Reads a file as UTF-8 text, naming it in failures as {@code displayName}. */
    public static String read(Path file, String displayName) throws UnreadableInputException {
        if (Files.isDirectory(file)) {
            throw new UnreadableInputException(displayName, "is a directory");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UnreadableInputException(displayName, "no such file", e);
        } catch (AccessDeniedException e) {
            throw new UnreadableInputException(displayName, "permission denied", e);
        } catch (IOException e) {
            throw new UnreadableInputException(displayName, "cannot be read (" + describe(e) + ")", e);
        }
        return decode(bytes, displayName);
    }

    /** Reads a whole stream (standard input) as UTF-8 text. */
    public static String read(InputStream in, String displayName) throws UnreadableInputException {
        try {
            return decode(in.readAllBytes(), displayName);
        } catch (IOException e) {
            throw new UnreadableInputException(displayName, "cannot be read (" + describe(e) + ")", e);
        }
    }

    /**
     * Decodes bytes as strict UTF-8. A leading byte-order mark is dropped; NUL bytes mean binary data, which is
     * refused like malformed UTF-8.
     */
    static String decode(byte[] bytes, String displayName) throws UnreadableInputException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableInputException(displayName, "not UTF-8 text", e);
        }
        if (text.indexOf('\0') >= 0) {
            throw new UnreadableInputException(displayName, "not UTF-8 text (binary data)");
        }
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }

    /** The notation of a definition: YAML when the file name says so, else whatever the text starts with. */
    public static DocumentFormat formatOf(String fileName, String text) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml") ? DocumentFormat.YAML : DocumentFormat.detect(text);
    }

    /** Parses text read from {@code fileName}: a state machine, or a single state when the top level is one. */
    public static AslDocument parse(String fileName, String text) {
        return AslParser.parseAny(text, formatOf(fileName, text));
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
