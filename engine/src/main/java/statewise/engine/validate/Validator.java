package statewise.engine.validate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import statewise.engine.document.AslDocument;
import statewise.engine.document.Diagnostic;

/**
 * Runs every rule over a parsed document. The answer includes the document's own reading diagnostics, sorted in
 * reading order without repeats. Safe to call from any thread; the rules keep no state.
 */
public final class Validator {

    /** Every rule, in the order they report: the rules of errors, then {@link #WARNING_RULES} of them. */
    static final List<Rule> RULES = List.of(
            new TransitionTargets(),
            new StateEndings(),
            new StateEndings.TerminalStates(),
            new Reachability(),
            new StateNames(),
            new ErrorMatching(),
            new QueryLanguageFields(),
            new ExclusiveFields(),
            new NumericRanges.MachineTimeout(),
            new NumericRanges(),
            new EnumeratedValues(),
            new MapLabel(),
            new WaitTimestamp(),
            new RequiredContent(),
            new TaskCredentials(),
            new TaskResources(),
            new PathFields(),
            new PayloadTemplates(),
            new JsonataExpressions(),
            new Reachability.Unreachable(),
            new ShadowedHandlers(),
            new NoEffect(),
            new UnassignedVariables());

    /** How many of {@link #RULES}, at its end, go beyond AWS and run only with {@link ValidationOptions#warnings}. */
    static final int WARNING_RULES = 4;

    private Validator() {
    }

    public static List<Diagnostic> validate(AslDocument document) {
        return validate(document, ValidationOptions.DEFAULT);
    }

    public static List<Diagnostic> validate(AslDocument document, ValidationOptions options) {
        return validate(document, options, null);
    }

    /**
     * Validates {@code document}; with {@code memory}, each {@link StateRule} is asked about a state only when
     * {@code memory} does not already hold its findings, and {@code memory} learns the findings of this document.
     */
    static List<Diagnostic> validate(AslDocument document, ValidationOptions options,
            @Nullable StateFindings memory) {
        List<Diagnostic> all = new ArrayList<>(document.diagnostics());
        if (document.stateMachine() != null || document.state() != null) {
            ValidationContext context = new ValidationContext(document, options);
            StateFindings.Run run = memory == null ? null : memory.start(context);
            int rules = options.warnings() ? RULES.size() : RULES.size() - WARNING_RULES;
            for (int r = 0; r < rules; r++) {
                Rule rule = RULES.get(r);
                if (run != null && rule instanceof StateRule stateRule) {
                    run.check(stateRule, r);
                } else {
                    rule.check(context);
                }
            }
            if (run != null) {
                run.finish();
            }
            all.addAll(context.diagnostics());
        } else if (memory != null) {
            memory.forget();
        }
        all.sort(Diagnostic.READING_ORDER);
        return List.copyOf(new LinkedHashSet<>(all));
    }
}
