package statewise.app.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import statewise.engine.document.Diagnostic;
import statewise.engine.document.DocumentFormat;
import statewise.engine.document.Severity;

/**
 * The style classes of a stretch of editor text: the syntax colours of {@link AslHighlighter} with the diagnostics
 * that fall into it underlined ({@code diag-error}, {@code diag-warning}, {@code diag-info}). A pure function, so
 * the editor can restyle a single line as it is typed, or the whole text when a file opens.
 */
public final class EditorStyles {

    private EditorStyles() {
    }

    /**
     * Styles for {@code text}, which starts at {@code offset} in the whole document; {@code diagnostics} are
     * positioned in the whole document and only those overlapping the stretch are drawn.
     */
    public static StyleSpans<Collection<String>> of(String text, int offset, DocumentFormat format,
            List<Diagnostic> diagnostics) {
        StyleSpans<Collection<String>> colours = AslHighlighter.highlight(text, format);
        List<Diagnostic> here = overlapping(diagnostics, offset, offset + text.length());
        if (here.isEmpty()) {
            return colours;
        }
        return colours.overlay(underlines(here, offset, text.length()), EditorStyles::union);
    }

    /** The class of a diagnostic's underline. */
    public static String underlineClass(Severity severity) {
        return switch (severity) {
            case ERROR -> "diag-error";
            case WARNING -> "diag-warning";
            case INFO -> "diag-info";
        };
    }

    private static List<Diagnostic> overlapping(List<Diagnostic> diagnostics, int start, int end) {
        List<Diagnostic> found = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            int from = d.span().startOffset();
            int to = Math.max(d.span().endOffset(), from + 1);
            if (from < end && to > start || from == start && start == end) {
                found.add(d);
            }
        }
        return found;
    }

    /**
     * Non-overlapping underline spans over {@code length} characters. Where diagnostics overlap, the worst
     * severity wins; a zero-length span is drawn under one character so it can be seen.
     */
    private static StyleSpans<Collection<String>> underlines(List<Diagnostic> diagnostics, int offset, int length) {
        Severity[] worst = new Severity[length];
        List<Diagnostic> sorted = new ArrayList<>(diagnostics);
        sorted.sort(Comparator.comparing(Diagnostic::severity).reversed());
        for (Diagnostic d : sorted) {
            int from = Math.max(0, d.span().startOffset() - offset);
            int to = Math.min(length, Math.max(d.span().endOffset(), d.span().startOffset() + 1) - offset);
            if (from >= length && length > 0) {
                from = length - 1;
                to = length;
            }
            for (int i = from; i < to; i++) {
                worst[i] = d.severity();
            }
        }
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        int i = 0;
        while (i < length) {
            Severity severity = worst[i];
            int j = i;
            while (j < length && worst[j] == severity) {
                j++;
            }
            spans.add(severity == null ? List.of() : List.of(underlineClass(severity)), j - i);
            i = j;
        }
        if (length == 0) {
            spans.add(List.of(), 0);
        }
        return spans.create();
    }

    private static Collection<String> union(Collection<String> a, Collection<String> b) {
        if (b.isEmpty()) {
            return a;
        }
        if (a.isEmpty()) {
            return b;
        }
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
