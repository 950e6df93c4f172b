package statewise.app.canvas;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;
import statewise.layout.NodeKind;

/**
 * The icon and style class of each node kind, shared by the canvas and the palette so a state type looks the same
 * in both. Colours come from the {@code kind-*} classes in {@code canvas.css}, matching the headless renderer's.
 */
public final class StateGlyphs {

    private StateGlyphs() {
    }

    /** The icon drawn on a node of {@code kind}, or null for branches and markers, which have none. */
    public static @Nullable Ikon icon(NodeKind kind) {
        return switch (kind) {
            case TASK -> MaterialDesignL.LIGHTNING_BOLT;
            case PASS -> MaterialDesignA.ARROW_RIGHT;
            case CHOICE -> MaterialDesignR.RHOMBUS_OUTLINE;
            case WAIT -> MaterialDesignC.CLOCK_OUTLINE;
            case SUCCEED -> MaterialDesignC.CHECK_CIRCLE;
            case FAIL -> MaterialDesignC.CLOSE_CIRCLE;
            case PARALLEL -> MaterialDesignV.VIEW_PARALLEL_OUTLINE;
            case MAP -> MaterialDesignL.LAYERS_OUTLINE;
            case DISTRIBUTED_MAP -> MaterialDesignV.VIEW_GRID_OUTLINE;
            case UNKNOWN -> MaterialDesignH.HELP_CIRCLE_OUTLINE;
            case BRANCH, START, END -> null;
        };
    }

    /** The style class that colours a node of {@code kind}, e.g. {@code kind-task}. */
    public static String styleClass(NodeKind kind) {
        return "kind-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
