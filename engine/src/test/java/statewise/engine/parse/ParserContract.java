package statewise.engine.parse;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import statewise.engine.document.AslDocument;
import statewise.engine.document.Diagnostic;
import statewise.engine.document.DiagnosticCode;
import statewise.engine.document.DocumentFormat;
import statewise.engine.document.JsonPointer;
import statewise.engine.document.LineIndex;
import statewise.engine.document.SourceMap;
import statewise.engine.document.SourceSpan;
import statewise.engine.validate.Validator;

/**
 * The promise "bad input is data", as checks on one text: every entry point ({@code parse}, {@code parseState},
 * {@code parseAny}, format detection, {@code Validator.validate}) returns instead of throwing; every diagnostic has a
 * catalogued code, a message and a well-formed pointer; every diagnostic and source-map span lies inside the text,
 * does not split a surrogate pair, and carries the lines and columns {@link LineIndex} gives for its offsets; and
 * reading the same text twice gives the same diagnostics.
 */
final class ParserContract {

    private static final Set<String> CODES = Arrays.stream(DiagnosticCode.values()).map(DiagnosticCode::id)
            .collect(Collectors.toUnmodifiableSet());

    /** One broken promise: which call broke it, how, and the exception when it threw. */
    record Violation(String call, String kind, String detail, @Nullable Throwable error) {

        /**
         * What makes two violations the same bug: the kind, or the exception and where it came from. The call is
         * left out: one bug in the reader shows through parse, parseState and validate alike.
         */
        String signature() {
            return error == null ? kind : "threw " + error.getClass().getName() + " at " + origin(error);
        }
    }

    /** The violations found (at most one per signature) and the diagnostics validation gave. */
    record Outcome(List<Violation> violations, List<Diagnostic> diagnostics) {
    }

    private final String text;
    private final Map<String, Violation> violations = new LinkedHashMap<>();

    private ParserContract(String text) {
        this.text = text;
    }

    static Outcome check(String text, DocumentFormat format) {
        ParserContract contract = new ParserContract(text);
        List<Diagnostic> diagnostics = contract.run(format);
        return new Outcome(List.copyOf(contract.violations.values()), diagnostics);
    }

    private List<Diagnostic> run(DocumentFormat format) {
        AslDocument machine = call("parse", () -> AslParser.parse(text, format));
        AslDocument again = call("parse", () -> AslParser.parse(text, format));
        AslDocument state = call("parseState", () -> AslParser.parseState(text, format));
        AslDocument any = call("parseAny", () -> AslParser.parseAny(text, format));
        AslDocument detected = DocumentFormat.detect(text) == format ? null
                : call("parse(detected format)", () -> AslParser.parse(text));
        checkDocument("parse", machine);
        checkDocument("parseState", state);
        checkDocument("parseAny", any);
        checkDocument("parse(detected format)", detected);
        List<Diagnostic> validated = validate("validate(parse)", machine);
        List<Diagnostic> validatedAgain = validate("validate(parse)", again);
        validate("validate(parseState)", state);
        if (machine != null && again != null && !machine.diagnostics().equals(again.diagnostics())) {
            add("parse", "parse not deterministic", machine.diagnostics() + " then " + again.diagnostics());
        }
        if (validated != null && validatedAgain != null && !validated.equals(validatedAgain)) {
            add("validate(parse)", "validate not deterministic", validated + " then " + validatedAgain);
        }
        return validated != null ? validated : machine != null ? machine.diagnostics() : List.of();
    }

    private @Nullable List<Diagnostic> validate(String call, @Nullable AslDocument document) {
        if (document == null) {
            return null;
        }
        List<Diagnostic> diagnostics = call(call, () -> Validator.validate(document));
        if (diagnostics != null) {
            checkDiagnostics(call, diagnostics, document.lines());
        }
        return diagnostics;
    }

    private <T> @Nullable T call(String name, Supplier<T> action) {
        try {
            return action.get();
        } catch (Throwable e) {
            Violation v = new Violation(name, "threw", String.valueOf(e), e);
            violations.putIfAbsent(v.signature(), v);
            return null;
        }
    }

    private void checkDocument(String call, @Nullable AslDocument document) {
        if (document == null) {
            return;
        }
        if (!document.text().equals(text)) {
            add(call, "document text differs from the input", "");
        }
        checkDiagnostics(call, document.diagnostics(), document.lines());
        SourceMap map = document.sourceMap();
        for (String pointer : map.pointers()) {
            checkPointer(call, "source map", pointer);
            SourceMap.Entry entry = map.entry(pointer);
            if (entry.key() != null) {
                checkSpan(call, "source map key", pointer, entry.key(), document.lines());
                checkKeyText(call, pointer, entry.key());
            }
            checkSpan(call, "source map value", pointer, entry.value(), document.lines());
        }
    }

    private void checkDiagnostics(String call, List<Diagnostic> diagnostics, LineIndex lines) {
        for (Diagnostic d : diagnostics) {
            if (d.code() == null || !CODES.contains(d.code())) {
                add(call, "code not in the catalogue", String.valueOf(d));
            }
            if (d.message() == null || d.message().isBlank()) {
                add(call, "blank message [" + d.code() + "]", String.valueOf(d));
            }
            checkPointer(call, "diagnostic [" + d.code() + "]", d.pointer());
            if (d.span() == null) {
                add(call, "no span [" + d.code() + "]", String.valueOf(d));
            } else {
                checkSpan(call, "diagnostic [" + d.code() + "]", d.pointer(), d.span(), lines);
            }
        }
    }

    private void checkPointer(String call, String what, @Nullable String pointer) {
        if (pointer == null || !(pointer.isEmpty() || pointer.startsWith("/"))) {
            add(call, what + ": malformed pointer", String.valueOf(pointer));
        }
    }

    private void checkSpan(String call, String kind, String pointer, SourceSpan span, LineIndex lines) {
        String what = kind + " at '" + pointer + "'";
        int start = span.startOffset();
        int end = span.endOffset();
        if (start < 0 || start > end || end > text.length()) {
            add(call, kind + ": span outside the text", what + " " + span + " in " + text.length() + " chars");
            return;
        }
        if (span.startLine() != lines.line(start) || span.startColumn() != lines.column(start)
                || span.endLine() != lines.line(end) || span.endColumn() != lines.column(end)) {
            add(call, kind + ": line/column disagree with the offsets", what + " " + span + ", expected "
                    + lines.line(start) + ":" + lines.column(start) + "-" + lines.line(end) + ":" + lines.column(end));
        }
        if (splitsSurrogatePair(start) || splitsSurrogatePair(end)) {
            add(call, kind + ": span splits a surrogate pair", what + " " + span);
        }
    }

    /**
     * A key's span covers the key as written: bare or in quotes, after any YAML tag or anchor (which belong to the
     * node). Keys that need escapes, and spans that hold escapes or line breaks (which YAML folds), are left out,
     * since the written form then differs from the name by design.
     */
    private void checkKeyText(String call, String pointer, SourceSpan key) {
        String name = JsonPointer.lastToken(pointer);
        if (key.endOffset() > text.length() || name.isEmpty() || name.chars().anyMatch(c -> c == '"' || c == '\''
                || c == '\\' || Character.isISOControl(c) || Character.isSurrogate((char) c))) {
            return;
        }
        String written = withoutNodeProperties(text.substring(key.startOffset(), key.endOffset()));
        boolean comparable = !written.contains("\\") && written.chars().noneMatch(ParserContract::foldable);
        if (comparable && !written.equals(name) && !written.equals('"' + name + '"')
                && !written.equals('\'' + name + '\'')) {
            add(call, "source map key: span does not cover the key", "key span of '" + pointer + "' " + key
                    + " holds \"" + Escapes.java(written) + "\"");
        }
    }

    /** Characters YAML folds or breaks lines at inside quoted keys, so that the name no longer reads as written. */
    private static boolean foldable(int c) {
        return c == '\n' || c == '\r' || c == '\t' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** The text after YAML node properties ({@code !tag}, {@code &anchor}) and the blanks that follow them. */
    private static String withoutNodeProperties(String written) {
        String rest = written;
        while (rest.startsWith("!") || rest.startsWith("&")) {
            int blank = 0;
            while (blank < rest.length() && !Character.isWhitespace(rest.charAt(blank))) {
                blank++;
            }
            rest = rest.substring(blank).stripLeading();
        }
        return rest;
    }

    private boolean splitsSurrogatePair(int offset) {
        return offset > 0 && offset < text.length() && Character.isHighSurrogate(text.charAt(offset - 1))
                && Character.isLowSurrogate(text.charAt(offset));
    }

    private void add(String call, String kind, String detail) {
        Violation v = new Violation(call, kind, detail, null);
        violations.putIfAbsent(v.signature(), v);
    }

    /** The first frame outside this class: where the exception really came from. */
    static String origin(Throwable error) {
        StackTraceElement[] frames = error.getStackTrace();
        for (StackTraceElement frame : frames) {
            if (frame.getClassName().startsWith("statewise.")
                    && !frame.getClassName().startsWith(ParserContract.class.getName())) {
                return frame.getClassName() + "." + frame.getMethodName();
            }
        }
        return frames.length == 0 ? "?" : frames[0].getClassName() + "." + frames[0].getMethodName();
    }
}
