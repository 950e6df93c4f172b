package statewise.engine.edit;

import java.util.Objects;
import statewise.engine.model.StateMachine;

/**
 * Pastes the states of a clipboard text (see {@link Clipboard}) into a graph, from this file or another one: they
 * get free names, their transitions among themselves follow them, and they are not connected yet.
 *
 * @param graph     the graph to paste into
 * @param clipboard the clipboard text
 */
public record PasteStates(String graph, String clipboard) implements Edit {

    public PasteStates {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(clipboard, "clipboard");
    }

    @Override
    public String label() {
        return "Paste states";
    }

    @Override
    public StateMachine apply(StateMachine machine) {
        return paste(machine).machine();
    }

    Copies.Result paste(StateMachine machine) {
        Clipboard.Content content = Clipboard.read(clipboard);
        if (content == null) {
            throw new IllegalArgumentException("The clipboard does not hold any states.");
        }
        return Copies.add(machine, graph, content.states(), content.language());
    }
}
