package statewise.engine.validate;

import java.util.List;
import statewise.engine.document.Diagnostic;
import statewise.engine.document.DocumentFormat;
import statewise.engine.parse.AslParser;

/** Test helper: validates ASL text and lists the findings as "code pointer" strings. */
final class Lint {

    private Lint() {
    }

    static List<Diagnostic> diagnostics(String asl) {
        return Validator.validate(AslParser.parse(asl, DocumentFormat.detect(asl)));
    }

    static List<String> findings(String asl) {
        return diagnostics(asl).stream().map(d -> d.code() + " " + d.pointer()).toList();
    }

    static List<String> errors(String asl) {
        return diagnostics(asl).stream().filter(Diagnostic::isError).map(d -> d.code() + " " + d.pointer()).toList();
    }

    /** A one-state machine around the given state body (without braces), e.g. {@code "Type": "Pass", "End": true}. */
    static String machine(String stateBody) {
        return "{\"StartAt\": \"S\", \"States\": {\"S\": {" + stateBody + "}}}";
    }
}
