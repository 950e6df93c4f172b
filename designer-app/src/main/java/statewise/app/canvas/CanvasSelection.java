package statewise.app.canvas;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import statewise.app.session.DocumentSession;

/**
 * The nodes selected on the canvas, in the order they were selected. The last one is the primary selection: it is
 * what the session (and so the editor, outline and problems list) shows as selected, and what single-node commands
 * act on. Markers can be selected on the canvas but are never shared, as they are not states.
 */
final class CanvasSelection {

    private final DiagramPane diagram;
    private final DocumentSession session;
    private final Object owner;
    private final Set<String> selected = new LinkedHashSet<>();

    CanvasSelection(DiagramPane diagram, DocumentSession session, Object owner) {
        this.diagram = diagram;
        this.session = session;
        this.owner = owner;
    }

    Set<String> ids() {
        return selected;
    }

    boolean contains(String id) {
        return selected.contains(id);
    }

    /** Selects {@code ids}, added to the selection or instead of it, and tells the session. */
    void select(List<String> ids, boolean add) {
        if (!add) {
            clear();
        }
        for (String id : ids) {
            if (selected.add(id)) {
                mark(id, true);
            }
        }
        share();
    }

    void toggle(String id) {
        if (selected.remove(id)) {
            mark(id, false);
            share();
        } else {
            select(List.of(id), true);
        }
    }

    /** Shows the one state another view selected, without telling the session back. */
    void follow(@Nullable String pointer) {
        clear();
        if (pointer != null) {
            selected.add(pointer);
            mark(pointer, true);
        }
    }

    /** After a new layout: marks the selected nodes that are still there and forgets the others. */
    void refresh() {
        selected.removeIf(id -> diagram.view(id) == null);
        selected.forEach(id -> mark(id, true));
    }

    /** The last selected node, or null. */
    @Nullable String primary() {
        String last = null;
        for (String id : selected) {
            last = id;
        }
        return last;
    }

    void clear() {
        selected.forEach(id -> mark(id, false));
        selected.clear();
    }

    private void share() {
        String primary = primary();
        session.select(primary != null && !primary.startsWith("#") ? primary : null, owner);
    }

    private void mark(String id, boolean on) {
        NodeView view = diagram.view(id);
        if (view != null) {
            view.setSelected(on);
        }
    }
}
