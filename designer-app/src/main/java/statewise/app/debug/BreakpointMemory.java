package statewise.app.debug;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.collections.MapChangeListener;
import javafx.collections.SetChangeListener;
import org.jspecify.annotations.Nullable;
import statewise.app.debug.model.BreakpointLimit;
import statewise.app.debug.model.BreakpointModel;
import statewise.app.debug.model.StateBreakpoint;
import statewise.app.fx.UiThread;
import statewise.app.session.ChangeOrigin;
import statewise.app.session.DocumentSession;

/**
 * Remembers the open workflow's breakpoints, limits included, between sessions: each change is stored for the
 * workflow's file, opening another workflow takes the breakpoints remembered for it, and saving an untitled
 * workflow under a name keeps the ones set meanwhile. Only the FX thread uses it.
 */
final class BreakpointMemory {

    private final BreakpointModel breakpoints;
    private final RunOptionsViewModel options;
    private final DocumentSession session;
    private boolean loading;
    /** Whether the session loaded a document since its file last changed. */
    private boolean replaced;

    BreakpointMemory(BreakpointModel breakpoints, RunOptionsViewModel options, DocumentSession session, UiThread ui) {
        this.breakpoints = breakpoints;
        this.options = options;
        this.session = session;
        breakpoints.pointers().addListener((SetChangeListener<String>) change -> changed());
        breakpoints.limits().addListener((MapChangeListener<String, BreakpointLimit>) change -> changed());
        session.addListener(change -> replaced |= change.origin() == ChangeOrigin.LOAD
                || change.origin() == ChangeOrigin.RELOAD);
        session.fileProperty().addListener((property, old, file) -> {
            replaced = false;
            ui.execute(() -> fileChanged(file));
        });
        workflowOpened(session.fileProperty().get(), null);
    }

    private void changed() {
        if (!loading) {
            options.rememberBreakpoints(session.fileProperty().get(), breakpoints.all());
        }
    }

    /**
     * The session's file changed: another workflow was opened, or this one was saved under a new name (an untitled
     * one saved for the first time), which keeps its breakpoints. The session publishes a load right after it sets
     * the file, so this runs afterwards to tell the two apart.
     */
    private void fileChanged(@Nullable Path file) {
        if (!Objects.equals(file, session.fileProperty().get())) {
            return;
        }
        workflowOpened(file, replaced ? null : breakpoints.all());
    }

    /** @param kept the breakpoints to keep (a save under a new name), or null to take the ones remembered */
    private void workflowOpened(@Nullable Path file, @Nullable List<StateBreakpoint> kept) {
        options.workflowOpened(file, () -> {
            loading = true;
            breakpoints.replaceAll(kept != null ? kept : options.remembered().breakpoints());
            loading = false;
            if (kept != null) {
                options.rememberBreakpoints(file, kept);
            }
        });
    }
}
