package statewise.engine.run.conformance;

import java.util.List;

/**
 * How the recording normalised AWS's answer: the case's own transformers, in order, and whether the events of
 * Parallel states were sorted.
 *
 * @param transformers               {@code normalization.transformers}, in order
 * @param parallelBranchEventsSorted {@code normalization.parallel_branch_events_sorted}
 */
public record Normalization(List<Transformer> transformers, boolean parallelBranchEventsSorted) {

    public static final Normalization NONE = new Normalization(List.of(), false);

    public Normalization {
        transformers = List.copyOf(transformers);
    }
}
