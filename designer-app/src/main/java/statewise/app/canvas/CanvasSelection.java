package statewise.app.canvas;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import statewise.app.session.DocumentSession;
import statewise.app.session.Selection;
import statewise.layout.RoutedEdge;

/**
 * The nodes selected on the canvas, in the order they were selected, or one selected edge. The last node is the
 * primary selection: what single-state views (editor, inspector) show and what single-node commands act on; the
 * session carries all of them, so the outline and the inspector follow a multi-selection. Markers can be selected
 * on the canvas but are never shared, as they are not states. A selected edge shares the state it leaves, whose
 * field it is.
 */
final class CanvasSelection {

    private final DiagramPane diagram;
    private final DocumentSession session;
    private final Object owner;
    private final Set<String> selected = new LinkedHashSet<>();
    private @Nullable String edge;
    private Runnable onChange = () -> { };

    CanvasSelection(DiagramPane diagram, DocumentSession session, Object owner) {
        this.diagram = diagram;
        this.session = session;
        this.owner = owner;
    }

    /** Runs {@code listener} whenever the selection may have changed. */
    void setOnChange(Runnable listener) {
        onChange = listener;
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
        clearEdge();
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

    /** Selects one edge instead of any nodes, and shares the state it leaves. */
    void selectEdge(String id) {
        clear();
        edge = id;
        diagram.selectEdge(id);
        RoutedEdge routed = diagram.edge(id);
        String source = routed == null || routed.from().startsWith("#") ? null : routed.from();
        session.select(source, owner);
        onChange.run();
    }

    /** The selected edge as now drawn, or null. */
    @Nullable RoutedEdge edge() {
        return edge == null ? null : diagram.edge(edge);
    }

    /** Shows what another view selected, without telling the session back. */
    void follow(Selection shared) {
        clear();
        for (String pointer : shared.pointers()) {
            if (!pointer.equals(shared.pointer())) {
                selected.add(pointer);
                mark(pointer, true);
            }
        }
        if (shared.pointer() != null) {
            selected.add(shared.pointer());
            mark(shared.pointer(), true);
        }
        onChange.run();
    }

    /** After a new layout: marks the selected nodes that are still there and forgets the others. */
    void refresh() {
        selected.removeIf(id -> {
            boolean gone = diagram.layout().node(id) == null;
            if (gone) {
                mark(id, false);
            }
            return gone;
        });
        if (edge != null && diagram.edge(edge) == null) {
            clearEdge();
        }
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
        clearEdge();
        onChange.run();
    }

    private void clearEdge() {
        diagram.selectEdge(null);
        edge = null;
    }

    private void share() {
        onChange.run();
        List<String> states = selected.stream().filter(id -> !id.startsWith("#")).toList();
        String primary = primary();
        session.select(states, primary != null && !primary.startsWith("#") ? primary
                : states.isEmpty() ? null : states.get(states.size() - 1), owner);
    }

    private void mark(String id, boolean on) {
        diagram.select(id, on);
    }
}
