package statewise.app.editor;

import javafx.scene.layout.Region;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import statewise.engine.document.AslDocument;
import statewise.engine.document.SourceMap;
import statewise.engine.document.SourceSpan;

/**
 * The definition's text with line numbers and colours. Read-only until the editing issue makes it the ASL editor;
 * it already reveals any element by JSON Pointer, which is how the state list and, later, the problems list and
 * the canvas point into the text.
 */
public final class AslTextView {

    /** Node id, for tests and stylesheets. */
    public static final String AREA_ID = "asl-text";

    private final CodeArea area = new CodeArea();
    private final VirtualizedScrollPane<CodeArea> scrollPane = new VirtualizedScrollPane<>(area);
    private SourceMap sourceMap = SourceMap.empty();

    public AslTextView() {
        area.setId(AREA_ID);
        area.setEditable(false);
        area.setWrapText(false);
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        area.getStyleClass().add("asl-text");
        scrollPane.getStyleClass().add("asl-text-pane");
    }

    public Region node() {
        return scrollPane;
    }

    /** Replaces the text with the document's, coloured, scrolled to the top. */
    public void show(AslDocument document) {
        sourceMap = document.sourceMap();
        area.replaceText(document.text());
        if (!document.text().isEmpty()) {
            area.setStyleSpans(0, AslHighlighter.highlight(document.text(), document.format()));
        }
        area.moveTo(0);
        area.showParagraphAtTop(0);
    }

    /** Selects the key of the element at {@code pointer} (a state's name) and scrolls it into view. */
    public void reveal(String pointer) {
        SourceSpan key = sourceMap.keySpan(pointer);
        SourceSpan span = key != null ? key : sourceMap.locate(pointer);
        int end = Math.min(span.endOffset(), area.getLength());
        area.selectRange(Math.min(span.startOffset(), end), end);
        area.showParagraphAtTop(Math.max(0, span.startLine() - 3));
    }
}
