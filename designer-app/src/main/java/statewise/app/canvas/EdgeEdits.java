package statewise.app.canvas;

import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import statewise.app.session.SessionDocument;
import statewise.engine.edit.ConnectStates;
import statewise.engine.edit.DisconnectEdge;
import statewise.engine.edit.EdgeRef;
import statewise.engine.edit.Edit;
import statewise.engine.edit.ReconnectEdge;
import statewise.engine.edit.SetStartState;
import statewise.engine.model.Transition;
import statewise.layout.DiagramGraphs;
import statewise.layout.EdgeKind;
import statewise.layout.RoutedEdge;

/**
 * Edits of a drawn edge: delete it (where ASL allows: a Choice rule, a Default, a catcher, or a Next whose target
 * stays reachable) and move its end onto another state. The Start and End markers' edges are the start state and
 * a state's {@code End}: moving their end sets the start state or gives the state a Next. Every edit is checked by
 * the engine's rules first, so a refusal says why.
 */
public final class EdgeEdits {

    static final String START_EDGE = "The Start edge shows where the flow begins: drag its end onto another state"
            + " to start there.";
    static final String END_EDGE = "This edge shows that the state ends the flow: drag its end onto a state to go"
            + " on there instead.";

    private final EditRunner runner;

    public EdgeEdits(Supplier<SessionDocument> document) {
        this.runner = new EditRunner(document);
    }

    /** Deletes the edge, or says why it cannot go. */
    public CanvasOutcome disconnect(RoutedEdge edge) {
        Edit edit = disconnectEdit(edge);
        return edit == null ? new CanvasOutcome.Refuse(edge.kind() == EdgeKind.START ? START_EDGE : END_EDGE)
                : runner.run(edit, UnaryOperator.identity());
    }

    /** Null when the edge may be deleted now, else why not (for enabling Disconnect). */
    public @Nullable String whyNotDisconnect(RoutedEdge edge) {
        Edit edit = disconnectEdit(edge);
        if (edit == null) {
            return edge.kind() == EdgeKind.START ? START_EDGE : END_EDGE;
        }
        return runner.whyNot(edit);
    }

    /** Moves the edge's end onto state {@code target}: the edge keeps its kind, condition and error names. */
    public CanvasOutcome reconnect(RoutedEdge edge, String target) {
        if (target.equals(DiagramGraphs.START_ID) || target.equals(DiagramGraphs.END_ID)) {
            return new CanvasOutcome.Refuse(CanvasViewModel.MARKER);
        }
        if (target.equals(edge.to())) {
            return new CanvasOutcome.Refuse("The edge already goes there.");
        }
        Edit edit = switch (edge.kind()) {
            case START -> new SetStartState(EditRunner.ref(target));
            case END -> new ConnectStates(EditRunner.ref(edge.from()), EditRunner.ref(target), Transition.Kind.NEXT);
            default -> new ReconnectEdge(edgeRef(edge), EditRunner.ref(target));
        };
        return runner.run(edit, UnaryOperator.identity());
    }

    private static @Nullable Edit disconnectEdit(RoutedEdge edge) {
        return edge.kind() == EdgeKind.START || edge.kind() == EdgeKind.END ? null
                : new DisconnectEdge(edgeRef(edge));
    }

    private static EdgeRef edgeRef(RoutedEdge edge) {
        EdgeRef ref = CanvasViewModel.edgeRef(edge);
        if (ref == null) {
            throw new IllegalArgumentException("a marker's edge has no field: " + edge.id());
        }
        return ref;
    }
}
