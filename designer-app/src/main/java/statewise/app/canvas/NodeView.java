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
 * so a new layout changes only the nodes that changed. Zoomed out too far to read ({@link Detail#LOW}) it is only
 * its coloured box: no name, icon, badge or connect handle, which are what makes a node costly to build and style.
 * The box keeps the node's style classes and pseudo-classes, so selection and debugger marks still show.
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
    private final Detail detail;
    private final @Nullable Label name;
    private final @Nullable Circle handle;
    private final @Nullable FontIcon icon;
    private @Nullable Label badge;
    private PlacedNode placed;

    NodeView(PlacedNode placed, Detail detail) {
        this.placed = placed;
        this.detail = detail;
        group.getStyleClass().addAll(placed.container() ? "container-node" : "state-node",
                StateGlyphs.styleClass(placed.kind()));
        if (placed.kind().isMarker()) {
            group.getStyleClass().add("marker-node");
        }
        group.setUserData(placed.id());
        box.getStyleClass().add("node-box");
        group.getChildren().add(box);
        if (detail == Detail.LOW) {
            group.getStyleClass().add(Detail.LOW_STYLE_CLASS);
            name = null;
            icon = null;
            handle = null;
        } else {
            name = nameLabel(placed);
            icon = icon(placed);
            handle = placed.container() || placed.kind() == NodeKind.END ? null : new Circle(HANDLE_RADIUS);
            if (icon != null) {
                group.getChildren().add(icon);
            }
            group.getChildren().add(name);
            if (handle != null) {
                handle.getStyleClass().add("connect-handle");
                handle.setVisible(false);
                group.getChildren().add(handle);
            }
        }
        draw();
    }

    private static Label nameLabel(PlacedNode placed) {
        Label label = new Label();
        label.getStyleClass().add(placed.container() ? "node-title" : "node-name");
        label.setTextOverrun(OverrunStyle.ELLIPSIS);
        label.setMnemonicParsing(false);
        label.setManaged(false);
        return label;
    }

    private static @Nullable FontIcon icon(PlacedNode placed) {
        Ikon ikon = StateGlyphs.icon(placed.kind());
        if (ikon == null) {
            return null;
        }
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add("node-icon");
        icon.setTextOrigin(VPos.CENTER);
        return icon;
    }

    Group node() {
        return group;
    }

    PlacedNode placed() {
        return placed;
    }

    /** How much of the node is drawn. */
    Detail detail() {
        return detail;
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
        if (handle != null) {
            handle.setVisible(selected);
        }
    }

    void setHandleShown(boolean shown) {
        if (handle != null) {
            handle.setVisible(shown || group.getPseudoClassStates().contains(SELECTED));
        }
    }

    void setDropTarget(boolean target) {
        group.pseudoClassStateChanged(DROP_TARGET, target);
    }

    /** Shows {@code text} in a small badge on the node's top right corner (counters, a waiting task); null hides it. */
    void setBadge(@Nullable String text) {
        if (text == null || detail == Detail.LOW) {
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
        Label label = name;
        if (label == null) {
            return;
        }
        label.setText(placed.name());
        if (placed.container()) {
            drawTitle(label, placed.titleBox());
        } else if (pill) {
            label.resizeRelocate(b.x(), b.y(), b.width(), b.height());
            label.setStyle("-fx-alignment: center;");
        } else {
            double iconX = b.x() + PAD_X;
            placeIcon(iconX, b.centerY(), ICON);
            double textX = iconX + ICON + GAP;
            label.resizeRelocate(textX, b.y(), Math.max(0, b.right() - PAD_X - textX), b.height());
        }
        if (handle != null) {
            handle.setCenterX(b.centerX());
            handle.setCenterY(b.bottom());
        }
        placeBadge();
    }

    private void drawTitle(Label name, Box title) {
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
