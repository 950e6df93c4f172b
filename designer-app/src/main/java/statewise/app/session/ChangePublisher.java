package statewise.app.session;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import statewise.app.fx.UiThread;

/**
 * Tells the session's listeners about each transition, in order, on the UI thread, and refuses an edit issued while
 * it does: a listener that edited the document would make the other views see changes out of order.
 */
final class ChangePublisher {

    private final UiThread ui;
    private final List<Consumer<DocumentChange>> listeners = new ArrayList<>();
    private boolean publishing;

    ChangePublisher(UiThread ui) {
        this.ui = ui;
    }

    void add(Consumer<DocumentChange> listener) {
        listeners.add(listener);
    }

    /**
     * Fails unless an edit may be issued now: on the UI thread, and not from a listener.
     *
     * @throws IllegalStateException when the caller is a change listener or off the UI thread
     */
    void ensureFree() {
        ui.check();
        if (publishing) {
            throw new IllegalStateException("A document edit was issued while a change was being published;"
                    + " change listeners must not edit the document");
        }
    }

    /** Runs {@code shown} (the session takes the change's document as its own), then tells every listener. */
    void publish(DocumentChange change, Runnable shown) {
        publishing = true;
        try {
            shown.run();
            for (Consumer<DocumentChange> listener : List.copyOf(listeners)) {
                listener.accept(change);
            }
        } finally {
            publishing = false;
        }
    }
}
