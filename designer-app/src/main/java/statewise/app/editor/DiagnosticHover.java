package statewise.app.editor;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.jspecify.annotations.Nullable;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import statewise.engine.document.Diagnostic;
import statewise.engine.document.Severity;

/** Shows the messages of the diagnostics under the mouse when it rests on underlined text. */
final class DiagnosticHover {

    /** Style class of the popup's content, for tests and stylesheets. */
    static final String POPUP_CLASS = "diagnostic-popup";

    private static final Duration DELAY = Duration.ofMillis(350);

    private final CodeArea area;
    private final Supplier<List<Diagnostic>> diagnostics;
    private final VBox content = new VBox(4);
    /** Made when a problem is first hovered: a popup window of its own, which most starts never show. */
    private @Nullable Popup popup;

    /** {@code diagnostics} gives those positioned in the area's current text (none while it is being reparsed). */
    DiagnosticHover(CodeArea area, Supplier<List<Diagnostic>> diagnostics) {
        this.area = area;
        this.diagnostics = diagnostics;
        content.getStyleClass().add(POPUP_CLASS);
        area.setMouseOverTextDelay(DELAY);
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, event -> {
            List<Diagnostic> here = at(diagnostics.get(), event.getCharacterIndex());
            if (!here.isEmpty()) {
                show(here, event.getScreenPosition().getX(), event.getScreenPosition().getY());
            }
        });
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, event -> {
            Popup shown = popup;
            if (shown != null) {
                shown.hide();
            }
        });
    }

    /** The diagnostics whose span covers {@code index} (a zero-length span covers the character after it). */
    static List<Diagnostic> at(List<Diagnostic> diagnostics, int index) {
        return diagnostics.stream()
                .filter(d -> index >= d.span().startOffset()
                        && index < Math.max(d.span().endOffset(), d.span().startOffset() + 1))
                .toList();
    }

    private void show(List<Diagnostic> here, double x, double y) {
        content.getChildren().clear();
        for (Diagnostic d : here) {
            Label line = new Label(d.message() + "  (" + d.code() + ")", icon(d.severity()));
            line.setWrapText(true);
            line.setMaxWidth(520);
            line.getStyleClass().add("severity-" + d.severity().label());
            content.getChildren().add(line);
        }
        if (area.getScene() != null) {
            content.getStylesheets().setAll(area.getScene().getStylesheets());
        }
        Popup shown = popup;
        if (shown == null) {
            shown = new Popup();
            shown.getContent().add(content);
            popup = shown;
        }
        shown.show(area, x + 8, y + 16);
    }

    private static FontIcon icon(Severity severity) {
        FontIcon icon = new FontIcon(switch (severity) {
            case ERROR -> MaterialDesignA.ALERT_CIRCLE;
            case WARNING -> MaterialDesignA.ALERT;
            case INFO -> MaterialDesignI.INFORMATION_OUTLINE;
        });
        icon.getStyleClass().add("severity-icon");
        return icon;
    }
}
