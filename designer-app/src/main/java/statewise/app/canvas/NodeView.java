package statewise.app.canvas;

import javafx.css.PseudoClass;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import org.jspecify.annotations.Nullable;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import statewise.layout.Box;
import statewise.layout.NodeKind;
import statewise.layout.PlacedNode;

/**
 * The drawing of one placed node, reused across layouts: a state box with its type icon and name, a Start or End
 * pill, or a container (Parallel, Map, branch) with its title strip. {@link #update} moves and resizes it in place,
 * so a new layout changes only the nodes that changed.
 */
final class NodeView {

    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");

    /** The radius of the connect handle below a state. */
    static final double HANDLE_RADIUS = 5;

    private static final double PAD_X = 12;
    private static final double ICON = 16;
    private static final double GAP = 8;
    private static final double TITLE_PAD_X = 10;
    private static final double TITLE_ICON = 14;

    private final Group group = new Group();
    private final Rectangle box = new Rectangle();
    private final Label name = new Label();
    private final Circle handle = new Circle(HANDLE_RADIUS);
    private final FontIcon icon;
    private @Nullable Label badge;
    private PlacedNode placed;

    NodeView(PlacedNode placed) {
        this.placed = placed;
        group.getStyleClass().addAll(placed.container() ? "container-node" : "state-node",
                StateGlyphs.styleClass(placed.kind()));
        if (placed.kind().isMarker()) {
            group.getStyleClass().add("marker-node");
        }
        group.setUserData(placed.id());
        box.getStyleClass().add("node-box");
        name.getStyleClass().add(placed.container() ? "node-title" : "node-name");
        name.setTextOverrun(OverrunStyle.ELLIPSIS);
        name.setMnemonicParsing(false);
        name.setManaged(false);
        Ikon ikon = StateGlyphs.icon(placed.kind());
        icon = ikon == null ? null : new FontIcon(ikon);
        if (icon != null) {
            icon.getStyleClass().add("node-icon");
            icon.setTextOrigin(VPos.CENTER);
        }
        handle.getStyleClass().add("connect-handle");
        handle.setVisible(false);
        group.getChildren().add(box);
        if (icon != null) {
            group.getChildren().add(icon);
        }
        group.getChildren().add(name);
        if (!placed.container() && placed.kind() != NodeKind.END) {
            group.getChildren().add(handle);
        }
        draw();
    }

    Group node() {
        return group;
    }

    PlacedNode placed() {
        return placed;
    }

    /** The handle a connection is dragged from. */
    Circle handle() {
        return handle;
    }

    /** Shows the node as {@code next} places it; does nothing when nothing about it changed. */
    void update(PlacedNode next) {
        if (next.equals(placed)) {
            return;
        }
        placed = next;
        draw();
    }

    void setSelected(boolean selected) {
        group.pseudoClassStateChanged(SELECTED, selected);
        handle.setVisible(selected);
    }

    void setHandleShown(boolean shown) {
        handle.setVisible(shown || group.getPseudoClassStates().contains(SELECTED));
    }

    void setDropTarget(boolean target) {
        group.pseudoClassStateChanged(DROP_TARGET, target);
    }

    /** Shows {@code text} in a small badge on the node's top right corner (counters, a waiting task); null hides it. */
    void setBadge(@Nullable String text) {
        if (text == null) {
            if (badge != null) {
                group.getChildren().remove(badge);
                badge = null;
            }
            return;
        }
        if (badge == null) {
            badge = new Label();
            badge.getStyleClass().add("node-badge");
            badge.setManaged(false);
            badge.setMouseTransparent(true);
            badge.setMnemonicParsing(false);
            group.getChildren().add(badge);
        }
        badge.setText(text);
        placeBadge();
    }

    private void placeBadge() {
        Label shown = badge;
        if (shown != null) {
            Box b = placed.box();
            shown.applyCss();
            double width = shown.prefWidth(-1);
            double height = shown.prefHeight(-1);
            shown.resizeRelocate(b.right() - width + 6, b.y() - height / 2, width, height);
        }
    }

    private void draw() {
        Box b = placed.box();
        box.setX(b.x());
        box.setY(b.y());
        box.setWidth(b.width());
        box.setHeight(b.height());
        boolean pill = placed.kind().isMarker();
        double arc = pill ? b.height() : 16;
        box.setArcWidth(arc);
        box.setArcHeight(arc);
        name.setText(placed.name());
        if (placed.container()) {
            drawTitle(placed.titleBox());
        } else if (pill) {
            name.resizeRelocate(b.x(), b.y(), b.width(), b.height());
            name.setStyle("-fx-alignment: center;");
        } else {
            double iconX = b.x() + PAD_X;
            placeIcon(iconX, b.centerY(), ICON);
            double textX = iconX + ICON + GAP;
            name.resizeRelocate(textX, b.y(), Math.max(0, b.right() - PAD_X - textX), b.height());
        }
        handle.setCenterX(b.centerX());
        handle.setCenterY(b.bottom());
        placeBadge();
    }

    private void drawTitle(Box title) {
        double x = title.x() + TITLE_PAD_X;
        if (icon != null) {
            placeIcon(x, title.centerY(), TITLE_ICON);
            x += TITLE_ICON + GAP;
        }
        name.resizeRelocate(x, title.y(), Math.max(0, title.right() - TITLE_PAD_X - x), title.height());
    }

    private void placeIcon(double x, double centreY, double size) {
        if (icon != null) {
            icon.setIconSize((int) size);
            icon.setLayoutX(x);
            icon.setLayoutY(centreY);
        }
    }
}
