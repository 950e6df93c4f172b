package statewise.engine.run.conformance;

import java.util.ArrayList;
import java.util.List;

/**
 * The verdict on one case: passed when there is no difference. {@link #describe()} is what an engineer reads to
 * see why a case fails.
 *
 * @param differences every difference found, most telling first (status, result, events, history)
 * @param notes       normalisation steps that could not be reproduced, which may explain a difference
 */
public record Comparison(List<Difference> differences, List<String> notes) {

    private static final int SUMMARY_CHARS = 160;

    public Comparison {
        differences = List.copyOf(differences);
        notes = List.copyOf(notes);
    }

    public boolean passed() {
        return differences.isEmpty();
    }

    /** One line per difference, its values indented below it, then the notes. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        differences.forEach(d -> lines.addAll(d.lines()));
        if (!passed()) {
            notes.forEach(note -> lines.add("note: " + note));
        }
        return lines;
    }

    public String describe() {
        return String.join("\n", lines());
    }

    /**
     * The first difference on one line, e.g. {@code history #9 MapStateExited "MapState" previousEventId: expected
     * 6, actual 7}: a default reason for a list of known failures.
     */
    public String summary() {
        if (passed()) {
            return "passed";
        }
        Difference first = differences.get(0);
        String line;
        if (first.expected() == null && differences.size() > 1 && differences.get(1).where().startsWith(" ")) {
            Difference field = differences.get(1);
            line = first.where() + " " + field.where().strip() + values(field);
        } else {
            line = first.where() + (first.detail() == null ? "" : ": " + first.detail()) + values(first);
        }
        return line.length() <= SUMMARY_CHARS ? line : line.substring(0, SUMMARY_CHARS - 1) + "…";
    }

    private static String values(Difference d) {
        return d.expected() == null && d.actual() == null ? ""
                : ": expected " + d.expected() + ", actual " + d.actual();
    }
}
