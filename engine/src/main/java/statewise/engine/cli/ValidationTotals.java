package statewise.engine.cli;

import java.util.ArrayList;
import java.util.List;
import statewise.engine.document.Severity;

/**
 * The counts over every input of one {@code validate} run, which decide the exit code and the summary line.
 *
 * @param files      inputs named on the command line
 * @param errors     error diagnostics reported
 * @param warnings   warning diagnostics reported
 * @param infos      info diagnostics reported
 * @param unreadable inputs that could not be read
 */
record ValidationTotals(int files, long errors, long warnings, long infos, long unreadable) {

    static ValidationTotals of(List<FileResult> results) {
        return new ValidationTotals(results.size(),
                results.stream().mapToLong(r -> r.count(Severity.ERROR)).sum(),
                results.stream().mapToLong(r -> r.count(Severity.WARNING)).sum(),
                results.stream().mapToLong(r -> r.count(Severity.INFO)).sum(),
                results.stream().filter(r -> r.unreadable() != null).count());
    }

    /** Unreadable input outranks errors: the verdict on what could not be read is unknown. */
    int exitCode() {
        if (unreadable > 0) {
            return ExitCodes.UNREADABLE;
        }
        return errors > 0 ? ExitCodes.ERRORS : ExitCodes.OK;
    }

    /** One line for people, e.g. {@code "2 files checked: 1 error, 3 warnings"}. */
    String summary() {
        List<String> parts = new ArrayList<>();
        addCount(parts, errors, "error");
        addCount(parts, warnings, "warning");
        addCount(parts, infos, "info");
        addCount(parts, unreadable, "unreadable file");
        String found = parts.isEmpty() ? "no problems" : String.join(", ", parts);
        return plural(files, "file") + " checked: " + found;
    }

    private static void addCount(List<String> parts, long count, String noun) {
        if (count > 0) {
            parts.add(plural(count, noun));
        }
    }

    static String plural(long count, String noun) {
        return count + " " + (count == 1 ? noun : noun + "s");
    }
}
