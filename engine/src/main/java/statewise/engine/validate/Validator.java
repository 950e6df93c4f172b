package statewise.engine.validate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import statewise.engine.document.AslDocument;
import statewise.engine.document.Diagnostic;

/**
 * Runs every rule over a parsed document. The answer includes the document's own reading diagnostics, sorted in
 * reading order without repeats. Safe to call from any thread; the rules keep no state.
 */
public final class Validator {

    private static final List<Rule> ERROR_RULES = List.of(
            new TransitionTargets(),
            new StateEndings(),
            new Reachability(),
            new StateNames(),
            new ErrorMatching(),
            new QueryLanguageFields(),
            new ExclusiveFields(),
            new NumericRanges(),
            new EnumeratedValues(),
            new MapLabel(),
            new WaitTimestamp(),
            new RequiredContent(),
            new TaskCredentials(),
            new TaskResources(),
            new PathFields(),
            new PayloadTemplates(),
            new JsonataExpressions());

    private static final List<Rule> WARNING_RULES = List.of(
            new Reachability.Unreachable(),
            new ShadowedHandlers(),
            new NoEffect(),
            new UnassignedVariables());

    private Validator() {
    }

    public static List<Diagnostic> validate(AslDocument document) {
        return validate(document, ValidationOptions.DEFAULT);
    }

    public static List<Diagnostic> validate(AslDocument document, ValidationOptions options) {
        List<Diagnostic> all = new ArrayList<>(document.diagnostics());
        if (document.stateMachine() != null || document.state() != null) {
            ValidationContext context = new ValidationContext(document, options);
            for (Rule rule : ERROR_RULES) {
                rule.check(context);
            }
            if (options.warnings()) {
                for (Rule rule : WARNING_RULES) {
                    rule.check(context);
                }
            }
            all.addAll(context.diagnostics());
        }
        all.sort(Diagnostic.READING_ORDER);
        return List.copyOf(new LinkedHashSet<>(all));
    }
}
