package statewise.app.canvas;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import statewise.layout.Box;
import statewise.layout.LayoutResult;
import statewise.layout.PlacedNode;
import statewise.layout.Point;

/**
 * The whole diagram in miniature in a corner of the canvas, with the part on screen outlined; clicking or dragging
 * in it moves the view there. It shows only while part of the diagram is out of view. Drawn on one {@link Canvas} (a rectangle per node), so it stays cheap at 500 states.
 */
final class Minimap {

    static final String ID = "canvas-minimap";

    private static final double WIDTH = 150;
    private static final double HEIGHT = 110;
    private static final double PAD = 6;
    private static final Color NODE = Color.web("#94a3b8");
    private static final Color CONTAINER = Color.web("#cbd5e1");
    private static final Color VIEW = Color.web("#2563eb");

    private final CanvasView canvas;
    private final Canvas picture = new Canvas(WIDTH, HEIGHT);
    private final StackPane frame = new StackPane(picture);

    Minimap(CanvasView canvas) {
        this.canvas = canvas;
        frame.setId(ID);
        frame.getStyleClass().add("canvas-minimap");
        frame.setMaxSize(WIDTH + 2, HEIGHT + 2);
        picture.addEventHandler(MouseEvent.MOUSE_PRESSED, this::jump);
        picture.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::jump);
        picture.addEventHandler(MouseEvent.ANY, MouseEvent::consume);
    }

    StackPane node() {
        return frame;
    }

    /** Draws the diagram and the outline of the part on screen. */
    void redraw() {
        GraphicsContext g = picture.getGraphicsContext2D();
        g.clearRect(0, 0, WIDTH, HEIGHT);
        LayoutResult layout = canvas.layout();
        Box shown = canvas.viewport().visible(canvas.root().getWidth(), canvas.root().getHeight());
        frame.setVisible(!shown.contains(new Box(0, 0, layout.size().width(), layout.size().height())));
        if (!frame.isVisible()) {
            return;
        }
        double scale = scale(layout);
        for (PlacedNode node : layout.nodes()) {
            Box b = node.box();
            if (node.container()) {
                g.setStroke(CONTAINER);
                g.strokeRect(PAD + b.x() * scale, PAD + b.y() * scale, b.width() * scale, b.height() * scale);
            } else {
                g.setFill(NODE);
                g.fillRect(PAD + b.x() * scale, PAD + b.y() * scale, Math.max(1, b.width() * scale),
                        Math.max(1, b.height() * scale));
            }
        }
        g.setStroke(VIEW);
        g.setLineWidth(1.5);
        g.strokeRect(PAD + shown.x() * scale, PAD + shown.y() * scale, shown.width() * scale, shown.height() * scale);
        g.setLineWidth(1);
    }

    private void jump(MouseEvent event) {
        double scale = scale(canvas.layout());
        Point world = new Point((event.getX() - PAD) / scale, (event.getY() - PAD) / scale);
        canvas.setViewport(canvas.viewport().centredOn(world, canvas.root().getWidth(), canvas.root().getHeight()));
    }

    private static double scale(LayoutResult layout) {
        double width = Math.max(1, layout.size().width());
        double height = Math.max(1, layout.size().height());
        return Math.min((WIDTH - 2 * PAD) / width, (HEIGHT - 2 * PAD) / height);
    }
}
