package statewise.app.inspector;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import statewise.engine.document.AslDocument;
import statewise.engine.document.Diagnostic;
import statewise.engine.validate.IncrementalValidator;

/**
 * Finds the validation errors an inspector edit would add, on the FX thread, without validating two whole documents
 * per edit: the document before is usually the session's, whose diagnostics are already known, and the edited one is
 * validated by an {@link IncrementalValidator} that checks again only the states whose text changed since the last
 * document it saw (the edit before, when edits follow one another). The answer is what full validations give. Used
 * from one thread.
 */
public final class NewErrors {

    private final IncrementalValidator validator = new IncrementalValidator();

    /**
     * The message of the first validation error of {@code after} that {@code before} does not have at the same place,
     * or null. Changes made together are judged by where they end: switching Next for End passes through a state with
     * both or neither, which a check of each step would refuse.
     *
     * @param beforeDiagnostics what validating {@code before} gives, when already known; else null
     */
    public @Nullable String first(AslDocument before, @Nullable List<Diagnostic> beforeDiagnostics,
            AslDocument after) {
        List<Diagnostic> old = beforeDiagnostics != null ? beforeDiagnostics : validator.validate(before);
        Set<String> known = new HashSet<>();
        old.stream().filter(Diagnostic::isError).forEach(d -> known.add(d.code() + d.pointer()));
        return validator.validate(after).stream().filter(Diagnostic::isError)
                .filter(d -> !known.contains(d.code() + d.pointer())).map(Diagnostic::message).findFirst().orElse(null);
    }
}
