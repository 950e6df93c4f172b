package statewise.app.problems;

import java.util.ArrayList;
import java.util.List;
import statewise.engine.document.Diagnostic;
import statewise.engine.document.Severity;

/**
 * The one-line verdict on a definition that the status bar shows ("No problems · 14 states", "2 errors,
 * 1 warning"), with the level that picks its icon. A pure function of the diagnostics, tested without a screen.
 *
 * @param level how bad the worst diagnostic is
 * @param text  the line to show
 */
public record ProblemSummary(Level level, String text) {

    /** The worst severity found, as far as the status bar cares: infos do not count as problems. */
    public enum Level {
        CLEAN,
        WARNINGS,
        ERRORS
    }

    public static ProblemSummary of(List<Diagnostic> diagnostics, int stateCount) {
        long errors = count(diagnostics, Severity.ERROR);
        long warnings = count(diagnostics, Severity.WARNING);
        if (errors == 0 && warnings == 0) {
            return new ProblemSummary(Level.CLEAN, "No problems · " + plural(stateCount, "state"));
        }
        List<String> parts = new ArrayList<>();
        if (errors > 0) {
            parts.add(plural(errors, "error"));
        }
        if (warnings > 0) {
            parts.add(plural(warnings, "warning"));
        }
        return new ProblemSummary(errors > 0 ? Level.ERRORS : Level.WARNINGS, String.join(", ", parts));
    }

    private static long count(List<Diagnostic> diagnostics, Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }

    private static String plural(long count, String noun) {
        return count + " " + (count == 1 ? noun : noun + "s");
    }
}
