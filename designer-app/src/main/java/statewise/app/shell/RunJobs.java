package statewise.app.shell;

import javafx.collections.ListChangeListener;
import org.jspecify.annotations.Nullable;
import statewise.app.debug.DebuggerViewModel;
import statewise.app.debug.model.EventRow;
import statewise.app.debug.model.ExecutionRecord;
import statewise.app.debug.model.RunProgress;
import statewise.app.fx.Job;
import statewise.app.fx.Jobs;

/**
 * Shows the debugger's live execution as a job in the status bar: states done and, once a Map has said how many
 * items it has, a bar of the iterations done. The job's cancel button is the debugger's Stop, and the job ends when
 * the execution does, however it ends.
 */
final class RunJobs {

    private final DebuggerViewModel debugger;
    private final Jobs jobs;
    private @Nullable Job job;
    private @Nullable ExecutionRecord tracked;
    private @Nullable RunProgress progress;
    private int seen;
    private final ListChangeListener<EventRow> rows = change -> update();

    private RunJobs(DebuggerViewModel debugger, Jobs jobs) {
        this.debugger = debugger;
        this.jobs = jobs;
    }

    /** Shows every execution {@code debugger} runs as a job of {@code jobs}, from now on. UI thread. */
    static void track(DebuggerViewModel debugger, Jobs jobs) {
        RunJobs runs = new RunJobs(debugger, jobs);
        debugger.liveProperty().addListener((property, old, live) -> runs.follow(live));
        runs.follow(debugger.liveProperty().get());
    }

    private void follow(@Nullable ExecutionRecord live) {
        ExecutionRecord before = tracked;
        if (before != null) {
            before.rows().removeListener(rows);
        }
        Job ended = job;
        if (ended != null) {
            ended.finish();
        }
        job = null;
        tracked = live;
        if (live != null) {
            progress = new RunProgress();
            seen = 0;
            job = jobs.start("Running " + live.name(), debugger::stop);
            live.rows().addListener(rows);
            update();
        }
    }

    private void update() {
        ExecutionRecord live = tracked;
        RunProgress counted = progress;
        Job shown = job;
        if (live == null || counted == null || shown == null) {
            return;
        }
        int size = live.events().size();
        counted.accept(live.events().subList(seen, size));
        seen = size;
        shown.progress(counted.done(), counted.total());
        shown.detail(counted.summary());
    }
}
