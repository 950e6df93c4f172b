package statewise.engine.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import statewise.engine.document.Diagnostic;
import statewise.engine.document.DiagnosticCode;
import statewise.engine.document.DocumentFormat;
import statewise.engine.document.JsonPointer;
import statewise.engine.document.Severity;
import statewise.engine.document.SourceMap;
import statewise.engine.document.SourceSpan;

/**
 * A file the user keeps next to a workflow (mock file, execution history, run settings, named inputs, S3 Inventory
 * manifest) read as JSON or YAML, with its problems. Every problem is a diagnostic at the line and column of the
 * field at fault, and every file kind prints them alike ({@link #line}: {@code FILE:LINE:COL: error CODE message}),
 * so a malformed file, or one that does not fit, always names the file, the line, the column and the field.
 */
public final class UserFile {

    private final String source;
    private final @Nullable JsonNode root;
    private final SourceMap sourceMap;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private UserFile(String source, TreeReader.Result tree) {
        this.source = source;
        this.root = tree.hasSyntaxErrors() ? null : tree.root();
        this.sourceMap = tree.sourceMap();
        this.diagnostics.addAll(tree.diagnostics());
    }

    /** Reads {@code text}; {@code source} names the file in messages, and a {@code .yaml}/{@code .yml} name is YAML. */
    public static UserFile read(String text, String source) {
        return new UserFile(source, TreeReader.read(text, DocumentFormat.fromFileName(source)));
    }

    /** The file's name, as messages give it. */
    public String source() {
        return source;
    }

    /** The value the file holds; null when it is not well-formed (its syntax errors are already diagnostics). */
    public @Nullable JsonNode root() {
        return root;
    }

    /** Where the value at {@code pointer} is written in the file (its nearest written ancestor when absent). */
    public SourceSpan locate(String pointer) {
        return sourceMap.locate(pointer);
    }

    /** Records an error about the value at {@code pointer}. */
    public void error(DiagnosticCode code, String message, String pointer) {
        problem(code, Severity.ERROR, message, pointer);
    }

    /** Records a problem about the value at {@code pointer}: an error, or a warning the file is still usable with. */
    public void problem(DiagnosticCode code, Severity severity, String message, String pointer) {
        diagnostics.add(new Diagnostic(code.id(), severity, message, pointer, sourceMap.locate(pointer)));
    }

    /** Whether {@code node} is an object; when not, an error that {@code what} must be one. */
    public boolean object(JsonNode node, String pointer, String what) {
        if (!node.isObject()) {
            error(DiagnosticCode.WRONG_TYPE, what + " must be an object.", pointer);
            return false;
        }
        return true;
    }

    /** An error for each member of the object {@code node} not named in {@code known}. */
    public void unknownFields(JsonNode node, String pointer, List<String> known) {
        node.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                error(DiagnosticCode.UNKNOWN_FIELD, "Unknown field '" + name + "'; expected "
                        + String.join(" or ", known) + ".", JsonPointer.child(pointer, name));
            }
        });
    }

    public List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return root == null || diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /** The errors, one printed line each ({@link #line}). */
    public List<String> errorLines() {
        return diagnostics.stream().filter(Diagnostic::isError).map(d -> line(source, d)).toList();
    }

    /** How a problem of {@code file} prints, for every kind of file: {@code FILE:LINE:COL: error CODE message}. */
    public static String line(String file, Diagnostic d) {
        return at(file, d.span().startLine(), d.span().startColumn()) + ": " + d.severity().label() + " " + d.code()
                + " " + d.message().replaceAll("\\s*\\R\\s*", " ").strip();
    }

    /** A place in a file as problems name it: {@code FILE:LINE:COL}, or {@code FILE:LINE} without a column. */
    public static String at(String file, int line, int column) {
        return file + ":" + line + (column < 1 ? "" : ":" + column);
    }
}
