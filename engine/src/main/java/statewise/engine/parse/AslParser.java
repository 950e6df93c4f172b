package statewise.engine.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import statewise.engine.document.AslDocument;
import statewise.engine.document.Diagnostic;
import statewise.engine.document.DiagnosticCode;
import statewise.engine.document.DocumentFormat;
import statewise.engine.document.JsonPointer;
import statewise.engine.model.State;
import statewise.engine.model.StateMachine;

/**
 * Reads ASL text (JSON or YAML) into an {@link AslDocument}. Total: any text gives a document, with diagnostics
 * at exact lines and columns for whatever is wrong.
 */
public final class AslParser {

    /** The largest definition AWS Step Functions accepts (CreateStateMachine's {@code definition}), in characters. */
    public static final int MAX_DEFINITION_LENGTH = 1_048_576;

    private AslParser() {
    }

    /** Reads a state machine definition. */
    public static AslDocument parse(String text, DocumentFormat format) {
        return machine(text, format, TreeReader.read(text, format));
    }

    private static AslDocument machine(String text, DocumentFormat format, TreeReader.Result read) {
        List<Diagnostic> diagnostics = new ArrayList<>(read.diagnostics());
        StateMachine machine = null;
        if (read.root() != null) {
            ModelBinder.Bound<StateMachine> bound = ModelBinder.bindStateMachine(read.root(), read.sourceMap());
            machine = bound.value();
            diagnostics.addAll(bound.diagnostics());
        }
        if (read.root() != null && read.mayHoldPlaceholders()) {
            PlaceholderScan.report(read.root(), read.sourceMap(), diagnostics);
        }
        if (text.length() > MAX_DEFINITION_LENGTH) {
            diagnostics.add(new Diagnostic(DiagnosticCode.DEFINITION_TOO_LARGE.id(),
                    DiagnosticCode.DEFINITION_TOO_LARGE.severity(), "The definition has " + text.length()
                    + " characters; AWS Step Functions accepts at most " + MAX_DEFINITION_LENGTH + ".",
                    JsonPointer.ROOT, read.sourceMap().locate(JsonPointer.ROOT)));
        }
        return new AslDocument(text, format, AslDocument.Kind.STATE_MACHINE, machine, null, read.sourceMap(),
                diagnostics, read.lines());
    }

    /** Reads a state machine definition, in the format its text starts with. */
    public static AslDocument parse(String text) {
        return parse(text, DocumentFormat.detect(text));
    }

    /** Reads a single state definition, as the TestState API takes it. */
    public static AslDocument parseState(String text, DocumentFormat format) {
        return state(text, format, TreeReader.read(text, format));
    }

    private static AslDocument state(String text, DocumentFormat format, TreeReader.Result read) {
        List<Diagnostic> diagnostics = new ArrayList<>(read.diagnostics());
        State state = null;
        if (read.root() != null) {
            ModelBinder.Bound<State> bound = ModelBinder.bindState(read.root(), read.sourceMap());
            state = bound.value();
            diagnostics.addAll(bound.diagnostics());
            if (read.mayHoldPlaceholders()) {
                PlaceholderScan.report(read.root(), read.sourceMap(), diagnostics);
            }
        }
        return new AslDocument(text, format, AslDocument.Kind.STATE, null, state, read.sourceMap(), diagnostics,
                read.lines());
    }

    /**
     * True when the text's top level looks like a single state ({@code Type} without {@code States}) rather than a
     * state machine.
     */
    public static boolean looksLikeState(JsonNode root) {
        return root instanceof ObjectNode o && o.has("Type") && !o.has("States") && !o.has("StartAt");
    }

    /** Reads a definition, as a single state when its top level looks like one, else as a state machine. */
    public static AslDocument parseAny(String text, DocumentFormat format) {
        TreeReader.Result read = TreeReader.read(text, format);
        return read.root() != null && looksLikeState(read.root())
                ? state(text, format, read)
                : machine(text, format, read);
    }
}
