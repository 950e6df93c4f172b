package statewise.app.editor;

import java.util.ArrayList;
import java.util.List;
import statewise.app.session.TextEdit;

/**
 * The whole lines a run of text edits touches, before and after the edits. The editor replaces a canvas edit's
 * lines with their new text and colours in one change of the code area, since replacing the text and then
 * restyling its lines makes the code area rebuild and lay out those lines twice. Edits that share a line make one
 * stretch, so each stretch can be replaced on its own, from the last to the first. A pure function.
 *
 * @param oldStart where the first line starts in the text before the edits
 * @param oldEnd   where the last line ends (before its line break) in the text before the edits
 * @param newStart where the first line starts in the text after the edits
 * @param newEnd   where the last line ends in the text after the edits
 */
record LineStretch(int oldStart, int oldEnd, int newStart, int newEnd) {

    /** The stretches of {@code edits} (ascending, not overlapping) applied to {@code before}, in ascending order. */
    static List<LineStretch> of(String before, List<TextEdit> edits) {
        List<LineStretch> stretches = new ArrayList<>();
        int delta = 0;
        int i = 0;
        while (i < edits.size()) {
            TextEdit first = edits.get(i);
            int start = before.lastIndexOf('\n', first.offset() - 1) + 1;
            int deltaBefore = delta;
            int end = lineEnd(before, first.end());
            delta += first.delta();
            i++;
            while (i < edits.size() && edits.get(i).offset() <= end) {
                TextEdit next = edits.get(i);
                end = lineEnd(before, next.end());
                delta += next.delta();
                i++;
            }
            stretches.add(new LineStretch(start, end, start + deltaBefore, end + delta));
        }
        return stretches;
    }

    private static int lineEnd(String text, int offset) {
        int end = text.indexOf('\n', offset);
        return end < 0 ? text.length() : end;
    }
}
