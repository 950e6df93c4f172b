package statewise.app.editor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import statewise.app.session.TextEdit;
import statewise.engine.document.Diagnostic;
import statewise.engine.document.Severity;

/**
 * Which diagnostic underlines the code area shows, followed through typing, so that a reparse restyles only the
 * lines whose underlines change instead of searching a 1,000-state text for the ones it drew before. Typing moves
 * the underlines behind the caret with the text; an underline on a retyped line is drawn afresh by the next reparse.
 * A pure bookkeeper: the editor does the styling.
 *
 * <p>Precondition: the editor reports every text change ({@link #edited}) and every restyle that draws the
 * diagnostics of a whole text ({@link #drawnAll}). Postcondition of {@link #changes}: drawing the stretches it returns
 * with {@code now} leaves exactly {@code now} underlined.
 */
final class Underlines {

    /**
     * One drawn underline, in the offsets of the current text.
     *
     * @param damaged true when typing restyled part of it, so what is drawn no longer matches it
     */
    record Mark(int start, int end, Severity severity, boolean damaged) {

        static Mark of(Diagnostic d) {
            return new Mark(d.span().startOffset(), d.span().endOffset(), d.severity(), false);
        }

        Mark clean() {
            return damaged ? new Mark(start, end, severity, false) : this;
        }
    }

    /** A stretch of text, {@code start} to {@code end} inclusive of the lines holding both. */
    record Stretch(int start, int end) {
    }

    private List<Mark> drawn = List.of();

    /** The whole text was styled with {@code diagnostics} underlined. */
    void drawnAll(List<Diagnostic> diagnostics) {
        drawn = diagnostics.stream().map(Mark::of).toList();
    }

    /**
     * The text changed by {@code edit} and the stretch {@code restyledStart}..{@code restyledEnd} (offsets in the new
     * text) was restyled without underlines: marks move with the text, and those the restyle touched are damaged.
     */
    void edited(TextEdit edit, int restyledStart, int restyledEnd) {
        List<TextEdit> edits = List.of(edit);
        List<Mark> moved = new ArrayList<>(drawn.size());
        for (Mark mark : drawn) {
            int start = TextEdit.mapOffset(mark.start(), edits);
            int end = Math.max(start, TextEdit.mapOffset(mark.end(), edits));
            boolean touched = start <= restyledEnd && Math.max(end, start + 1) > restyledStart;
            moved.add(new Mark(start, end, mark.severity(), mark.damaged() || touched));
        }
        drawn = moved;
    }

    /**
     * The stretches to restyle so that {@code now} is what is underlined: the marks that appear, disappear or were
     * damaged. Records {@code now} as drawn, as the caller will draw it.
     */
    List<Stretch> changes(List<Diagnostic> now) {
        Set<Mark> wanted = new HashSet<>();
        now.forEach(d -> wanted.add(Mark.of(d)));
        Set<Mark> had = new HashSet<>();
        List<Stretch> stretches = new ArrayList<>();
        for (Mark mark : drawn) {
            if (mark.damaged() || !wanted.contains(mark)) {
                stretches.add(stretch(mark));
            } else {
                had.add(mark);
            }
        }
        for (Mark mark : wanted) {
            if (!had.contains(mark)) {
                stretches.add(stretch(mark));
            }
        }
        drawnAll(now);
        return stretches.stream().distinct().toList();
    }

    /** The marks drawn now, for tests. */
    List<Mark> drawn() {
        return drawn.stream().map(Mark::clean).toList();
    }

    private static Stretch stretch(Mark mark) {
        return new Stretch(mark.start(), Math.max(mark.end(), mark.start() + 1));
    }
}
