package statewise.app.editor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import statewise.engine.document.DocumentFormat;

/**
 * The lines that can be folded away: in JSON every object or array that spans lines (its closing bracket stays
 * visible), in YAML every line whose following lines are indented deeper. A pure function from text to regions,
 * recomputed when the text has been reparsed.
 *
 * @param byStart the regions by first line; one region per line, the longest when several start there
 */
public record FoldRegions(Map<Integer, Region> byStart) {

    private static final FoldRegions NONE = new FoldRegions(Map.of());

    /** The characters that can change what is bracketed in JSON text: see {@link #mayMove}. */
    private static final String STRUCTURAL = "\n\r{}[]\"\\";

    /**
     * Lines {@code start + 1} to {@code lastHidden} (0-based paragraph indexes) hide when line {@code start} is
     * folded.
     */
    public record Region(int start, int lastHidden) {
    }

    public FoldRegions {
        byStart = Map.copyOf(byStart);
    }

    public static FoldRegions none() {
        return NONE;
    }

    public static FoldRegions of(String text, DocumentFormat format) {
        return format == DocumentFormat.YAML ? yaml(text) : json(text);
    }

    /**
     * False when replacing or inserting {@code typed} cannot move any region: in JSON, text without line breaks,
     * brackets, quotes or backslashes. Any YAML text may (indentation is structure there).
     */
    public static boolean mayMove(String typed, DocumentFormat format) {
        if (format == DocumentFormat.YAML) {
            return !typed.isEmpty();
        }
        for (int i = 0; i < typed.length(); i++) {
            if (STRUCTURAL.indexOf(typed.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    public @Nullable Region startingAt(int line) {
        return byStart.get(line);
    }

    private static FoldRegions json(String text) {
        Map<Integer, Region> regions = new TreeMap<>();
        Deque<Integer> openLines = new ArrayDeque<>();
        int line = 0;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = BracketMatcher.lineEnd(text, lineStart);
            for (int i : LineBrackets.of(text, lineStart, lineEnd, false)) {
                if (LineBrackets.opens(text.charAt(i))) {
                    openLines.push(line);
                } else if (!openLines.isEmpty()) {
                    add(regions, openLines.pop(), line - 1);
                }
            }
            if (lineEnd >= text.length()) {
                break;
            }
            lineStart = lineEnd + 1;
            line++;
        }
        return new FoldRegions(regions);
    }

    private static FoldRegions yaml(String text) {
        String[] lines = text.split("\n", -1);
        int[] indents = new int[lines.length];
        for (int i = 0; i < lines.length; i++) {
            indents[i] = indent(lines[i]);
        }
        Map<Integer, Region> regions = new TreeMap<>();
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i <= lines.length; i++) {
            int indent = i < lines.length ? indents[i] : 0;
            if (i < lines.length && indent < 0) {
                continue;
            }
            while (!open.isEmpty() && indents[open.get(open.size() - 1)] >= indent) {
                int start = open.remove(open.size() - 1);
                add(regions, start, lastContentLine(indents, i - 1));
            }
            if (i < lines.length) {
                open.add(i);
            }
        }
        return new FoldRegions(regions);
    }

    private static void add(Map<Integer, Region> regions, int start, int lastHidden) {
        if (lastHidden <= start) {
            return;
        }
        Region existing = regions.get(start);
        if (existing == null || existing.lastHidden() < lastHidden) {
            regions.put(start, new Region(start, lastHidden));
        }
    }

    /** The leading spaces of a line (a list dash counts as indentation), or -1 for blank and comment lines. */
    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        if (i == line.length() || line.charAt(i) == '#' || line.charAt(i) == '\r') {
            return -1;
        }
        return i;
    }

    private static int lastContentLine(int[] indents, int from) {
        int i = from;
        while (i > 0 && indents[i] < 0) {
            i--;
        }
        return i;
    }
}
