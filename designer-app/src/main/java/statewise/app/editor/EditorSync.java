package statewise.app.editor;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.PlainTextChange;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.TwoDimensional.Bias;
import statewise.app.session.ChangeOrigin;
import statewise.app.session.DocumentChange;
import statewise.app.session.DocumentSession;
import statewise.app.session.SessionDocument;
import statewise.app.session.TextEdit;
import statewise.engine.document.Diagnostic;
import statewise.engine.document.DocumentFormat;

/**
 * Keeps the code area and the session in step, both ways. What the user types goes to the session as
 * {@link DocumentSession#typed}; every other change (undo, redo, a canvas edit, Format, a reload) comes back as
 * text edits that are applied as minimal replacements, so the caret, the scroll position and folded regions
 * outside them stay put. Colours follow each changed line at once; diagnostics are underlined when a reparse
 * answers, restyling only the lines whose underlines change (see {@link Underlines}), so a reparse of a large text
 * costs the editor little.
 */
final class EditorSync {

    private final CodeArea area;
    private final DocumentSession session;
    private final Object owner;
    private final Consumer<SessionDocument> onAnalysed;
    private final Runnable onApplied;
    private final Underlines underlines = new Underlines();
    private boolean applying;
    /** True when the text changed where folding regions may have changed since the last {@link #takeFoldsStale}. */
    private boolean foldsStale = true;
    /** True while the whole text is replaced; its colours are set once afterwards, not line by line. */
    private boolean replacingAll;
    /** True while whole lines are replaced by lines already coloured. */
    private boolean replacingLines;

    /**
     * {@code onAnalysed} hears of each analysed document shown; {@code onApplied} runs once the session's edits are
     * in the text and the caret is back in its place (caret moves while they are applied are not the user's).
     */
    EditorSync(CodeArea area, DocumentSession session, Object owner, Consumer<SessionDocument> onAnalysed,
            Runnable onApplied) {
        this.area = area;
        this.session = session;
        this.owner = owner;
        this.onAnalysed = onAnalysed;
        this.onApplied = onApplied;
        area.plainTextChanges().subscribe(this::textChanged);
        session.addListener(this::changed);
    }

    /** True while the editor applies the session's text, so caret moves are not taken for the user's. */
    boolean applying() {
        return applying;
    }

    /** True (once) when the fold regions must be computed again: the text changed where they may have moved. */
    boolean takeFoldsStale() {
        boolean stale = foldsStale;
        foldsStale = false;
        return stale;
    }

    /** Shows the session's current document from scratch: its text, colours and underlines, caret at the top. */
    void showDocument() {
        SessionDocument document = session.document();
        applying = true;
        try {
            replaceAll(document);
        } finally {
            applying = false;
        }
        area.moveTo(0);
        area.showParagraphAtTop(0);
        onApplied.run();
        onAnalysed.accept(document);
    }

    private void textChanged(PlainTextChange change) {
        if (replacingAll) {
            return;
        }
        DocumentFormat format = session.document().format();
        TextEdit edit = new TextEdit(change.getPosition(), change.getRemoved().length(), change.getInserted());
        if (!applying) {
            // The session first: the typing pause is counted from when it hears of the keystroke.
            String before = session.document().text();
            String after = before.length() + edit.delta() == area.getLength() ? TextEdit.apply(before, List.of(edit))
                    : area.getText();
            session.typed(edit, after, owner);
        }
        int[] restyled = replacingLines ? new int[] {change.getPosition(), change.getInsertionEnd()}
                : restyleLines(change.getPosition(), change.getInsertionEnd(), format, List.of());
        underlines.edited(edit, restyled[0], restyled[1]);
        foldsStale |= FoldRegions.mayMove(change.getRemoved(), format) || FoldRegions.mayMove(change.getInserted(),
                format);
    }

    private void changed(DocumentChange change) {
        ChangeOrigin origin = change.origin();
        if (origin == ChangeOrigin.LOAD) {
            showDocument();
            return;
        }
        if (change.textChanged() && !(origin == ChangeOrigin.TYPING && change.source() == owner)) {
            applyEdits(change, origin == ChangeOrigin.UNDO || origin == ChangeOrigin.REDO);
        }
        if (change.current().analysed() && (origin != ChangeOrigin.TYPING)) {
            underline(change.current());
            onAnalysed.accept(change.current());
        }
    }

    /**
     * Applies a change's edits from the last to the first, so earlier offsets stay valid, the whole lines they touch
     * at a time (see {@link LineStretch}), each already coloured. The caret keeps its place
     * in the text around the edits, except after undo and redo, where it goes to the change (as editors do). The
     * area holds the session's previous text and the session checked that the edits turn it into the new one, so
     * only the lengths are compared afterwards: reading a large text out of the area costs a canvas edit more than
     * the edit itself.
     */
    private void applyEdits(DocumentChange change, boolean followChange) {
        List<TextEdit> edits = change.edits();
        int caret = area.getCaretPosition();
        int anchor = area.getAnchor();
        double scrollY = area.getEstimatedScrollY();
        int top = firstVisibleParagraph();
        int topOffset = top < 0 ? 0 : area.getAbsolutePosition(top, 0);
        applying = true;
        try {
            SessionDocument current = change.current();
            List<LineStretch> stretches = LineStretch.of(change.previous().text(), edits);
            for (int i = stretches.size() - 1; i >= 0; i--) {
                replaceLines(stretches.get(i), change.previous().text(), current.text(), current.format());
            }
            if (area.getLength() != current.text().length()) {
                replaceAll(current);
            }
            if (followChange) {
                TextEdit last = edits.get(edits.size() - 1);
                int end = TextEdit.mapOffset(last.offset(), edits) + last.replacement().length();
                area.moveTo(Math.min(end, area.getLength()));
                area.requestFollowCaret();
            } else {
                area.selectRange(TextEdit.mapOffset(anchor, edits), TextEdit.mapOffset(caret, edits));
                keepInView(top, TextEdit.mapOffset(topOffset, edits), scrollY);
            }
        } finally {
            applying = false;
        }
        onApplied.run();
    }

    /**
     * Keeps the lines the user was looking at in view: the line that was at the top, now at {@code topOffset}, goes
     * back to the top when edits above it moved it; else the scroll position is restored as it was.
     */
    private void keepInView(int top, int topOffset, double scrollY) {
        int moved = top < 0 ? top : area.offsetToPosition(Math.min(topOffset, area.getLength()), Bias.Forward)
                .getMajor();
        if (moved == top) {
            area.estimatedScrollYProperty().setValue(scrollY);
        } else {
            area.showParagraphAtTop(moved);
        }
    }

    /** The index of the first paragraph shown, or -1 while the area shows none (hidden, not laid out yet). */
    private int firstVisibleParagraph() {
        try {
            return area.firstVisibleParToAllParIndex();
        } catch (IllegalArgumentException | IllegalStateException | IndexOutOfBoundsException e) {
            return -1;
        }
    }

    /**
     * Replaces the lines of {@code stretch} with their text in {@code after}, coloured as typing colours them, in one
     * change of the code area; each new line keeps the paragraph style (folding) of the old line in its place.
     */
    private void replaceLines(LineStretch stretch, String before, String after, DocumentFormat format) {
        int firstLine = area.offsetToPosition(stretch.oldStart(), Bias.Forward).getMajor();
        int oldLines = (int) before.substring(stretch.oldStart(), stretch.oldEnd()).chars().filter(c -> c == '\n')
                .count();
        ReadOnlyStyledDocumentBuilder<Collection<String>, String, Collection<String>> builder =
                new ReadOnlyStyledDocumentBuilder<>(area.getSegOps(), area.getInitialParagraphStyle());
        int offset = stretch.newStart();
        int k = 0;
        for (String line : after.substring(stretch.newStart(), stretch.newEnd()).split("\n", -1)) {
            Collection<String> paragraphStyle = area.getParagraph(firstLine + Math.min(k++, oldLines))
                    .getParagraphStyle();
            builder.addParagraph(line, EditorStyles.of(line, offset, format, List.of()), paragraphStyle);
            offset += line.length() + 1;
        }
        replacingLines = true;
        try {
            area.replace(stretch.oldStart(), stretch.oldEnd(), builder.build());
        } finally {
            replacingLines = false;
        }
    }

    /**
     * Replaces the whole text with the document's, coloured and underlined line by line as typing colours it, in
     * one change: the styled text is built first and handed over whole, since setting the text and then its styles
     * would lay out the code area twice.
     */
    private void replaceAll(SessionDocument document) {
        List<Diagnostic> diagnostics = document.analysed() ? document.diagnostics() : List.of();
        underlines.drawnAll(diagnostics);
        foldsStale = true;
        ReadOnlyStyledDocumentBuilder<Collection<String>, String, Collection<String>> builder =
                new ReadOnlyStyledDocumentBuilder<>(area.getSegOps(), area.getInitialParagraphStyle());
        int offset = 0;
        for (String line : document.text().split("\n", -1)) {
            builder.addParagraph(line, EditorStyles.of(line, offset, document.format(), diagnostics));
            offset += line.length() + 1;
        }
        replacingAll = true;
        try {
            area.replace(0, area.getLength(), builder.build());
        } finally {
            replacingAll = false;
        }
    }

    /**
     * Underlines the diagnostics of an analysed document, removing the underlines that are no longer right: only the
     * lines of underlines that appear, disappear or were retyped are restyled.
     */
    private void underline(SessionDocument document) {
        if (area.getLength() != document.text().length()) {
            return;
        }
        TreeSet<Integer> lines = new TreeSet<>();
        for (Underlines.Stretch stretch : underlines.changes(document.diagnostics())) {
            int from = area.offsetToPosition(Math.min(stretch.start(), area.getLength()), Bias.Forward).getMajor();
            int to = area.offsetToPosition(Math.min(stretch.end(), area.getLength()), Bias.Forward).getMajor();
            for (int p = from; p <= to; p++) {
                lines.add(p);
            }
        }
        restyleRuns(lines, document);
    }

    /** Restyles {@code lines}, each run of consecutive lines in one call. */
    private void restyleRuns(TreeSet<Integer> lines, SessionDocument document) {
        Integer first = lines.isEmpty() ? null : lines.first();
        while (first != null) {
            int last = first;
            while (lines.contains(last + 1)) {
                last++;
            }
            restyleLines(area.getAbsolutePosition(first, 0), area.getAbsolutePosition(last, 0), document.format(),
                    document.diagnostics());
            first = lines.higher(last);
        }
    }

    /**
     * Restyles the whole lines from the one holding {@code from} to the one holding {@code to} in one replacement
     * of their styles: one call however many lines, since each call costs the code area a layout of its own.
     * Returns the offsets of the first and the last character restyled.
     */
    private int[] restyleLines(int from, int to, DocumentFormat format, List<Diagnostic> diagnostics) {
        int first = area.offsetToPosition(from, Bias.Forward).getMajor();
        int last = area.offsetToPosition(Math.min(to, area.getLength()), Bias.Forward).getMajor();
        int start = area.getAbsolutePosition(first, 0);
        int end = area.getAbsolutePosition(last, area.getParagraphLength(last));
        area.setStyleSpans(start, EditorStyles.of(area.getText(start, end), start, format, diagnostics));
        return new int[] {start, end};
    }
}
