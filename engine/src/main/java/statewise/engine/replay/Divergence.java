package statewise.engine.replay;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import statewise.engine.json.JsonMatch;
import statewise.engine.run.ExecutionResult;
import statewise.engine.run.history.HistoryEvent;

/**
 * Where a local run leaves the path of a recorded one: the first state visit (in the recorded order) that the
 * local run made differently, entering another state or the same state with another input, on the same strand
 * (the execution, a branch, a Map iteration); else the first visit the local run made that the recorded one did
 * not; else a different ending (status, error name or output; causes are not compared, as their wording varies
 * between AWS and local resources). Strands are compared on their own, so branches and iterations that interleave
 * differently are not a divergence.
 *
 * @param recorded the recorded event where the paths part, or null when the recorded run has no counterpart
 * @param local    the local event where the paths part, or null when the local run has no counterpart
 * @param message  one or two sentences for a person
 */
public record Divergence(@Nullable HistoryEvent recorded, @Nullable HistoryEvent local, String message) {

    /** The first divergence of {@code local} from {@code recorded}, or empty when it followed the same path. */
    public static Optional<Divergence> find(ExecutionResult recorded, ExecutionResult local) {
        HistoryScopes before = HistoryScopes.of(recorded.history());
        HistoryScopes after = HistoryScopes.of(local.history());
        Map<String, List<HistoryScopes.Visit>> localByStrand = byStrand(after.visits());
        Map<String, List<HistoryScopes.Visit>> recordedByStrand = byStrand(before.visits());
        for (HistoryScopes.Visit visit : before.visits()) {
            HistoryScopes.Visit twin = at(localByStrand, visit);
            Optional<Divergence> found = compare(visit, twin);
            if (found.isPresent()) {
                return found;
            }
        }
        for (HistoryScopes.Visit visit : after.visits()) {
            if (at(recordedByStrand, visit) == null) {
                return Optional.of(new Divergence(null, visit.entered(), "The local run entered "
                        + visit.describe() + " at event " + visit.entered().id() + "; the recorded run did not get "
                        + "that far."));
            }
        }
        return ending(recorded, local);
    }

    private static Optional<Divergence> compare(HistoryScopes.Visit visit, HistoryScopes.@Nullable Visit twin) {
        String start = "At recorded event " + visit.entered().id() + " the recorded run entered " + visit.describe();
        if (twin == null) {
            return Optional.of(new Divergence(visit.entered(), null, start + "; the local run never did."));
        }
        if (!twin.state().equals(visit.state())) {
            return Optional.of(new Divergence(visit.entered(), twin.entered(), start + "; the local run entered '"
                    + twin.state() + "' instead (event " + twin.entered().id() + ")."));
        }
        JsonNode input = visit.input();
        if (input != null && !recordedTruncated(visit)) {
            Optional<String> difference = JsonMatch.difference(input, twin.input(), false);
            if (difference.isPresent()) {
                return Optional.of(new Divergence(visit.entered(), twin.entered(), start + "; the local run "
                        + "entered it with another input (event " + twin.entered().id() + "), "
                        + difference.get() + "."));
            }
        }
        return Optional.empty();
    }

    private static boolean recordedTruncated(HistoryScopes.Visit visit) {
        return visit.entered().details() != null && RecordedExecution.truncated(visit.entered().details(), "input");
    }

    private static Optional<Divergence> ending(ExecutionResult recorded, ExecutionResult local) {
        HistoryEvent lastRecorded = last(recorded);
        HistoryEvent lastLocal = last(local);
        if (recorded.status() != local.status()) {
            return Optional.of(new Divergence(lastRecorded, lastLocal, "The recorded run ended " + recorded.status()
                    + describe(recorded) + "; the local run ended " + local.status() + describe(local) + "."));
        }
        Optional<String> output = JsonMatch.difference(recorded.output(), local.output(), false);
        if (output.isPresent() || !Objects.equals(recorded.error(), local.error())) {
            return Optional.of(new Divergence(lastRecorded, lastLocal, "Both runs ended " + local.status()
                    + ", but " + (output.isPresent() ? "the output differs " + output.get()
                            : "with another error" + describe(local) + " than recorded" + describe(recorded))
                    + "."));
        }
        return Optional.empty();
    }

    private static String describe(ExecutionResult result) {
        return result.error() == null ? "" : " (" + result.error() + (result.cause() == null ? "" : ": "
                + shortened(result.cause())) + ")";
    }

    private static String shortened(String text) {
        return text.length() <= 120 ? text : text.substring(0, 119) + "…";
    }

    private static @Nullable HistoryEvent last(ExecutionResult result) {
        List<HistoryEvent> history = result.history();
        return history.isEmpty() ? null : history.get(history.size() - 1);
    }

    private static HistoryScopes.@Nullable Visit at(Map<String, List<HistoryScopes.Visit>> byStrand,
            HistoryScopes.Visit visit) {
        List<HistoryScopes.Visit> visits = byStrand.get(visit.strand());
        return visits == null || visit.ordinal() >= visits.size() ? null : visits.get(visit.ordinal());
    }

    private static Map<String, List<HistoryScopes.Visit>> byStrand(List<HistoryScopes.Visit> visits) {
        Map<String, List<HistoryScopes.Visit>> out = new HashMap<>();
        visits.forEach(v -> out.computeIfAbsent(v.strand(), k -> new ArrayList<>()).add(v));
        return out;
    }
}
