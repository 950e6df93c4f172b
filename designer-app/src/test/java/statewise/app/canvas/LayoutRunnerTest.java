package statewise.app.canvas;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import statewise.app.fx.UiThread;
import statewise.app.session.Analysis;
import statewise.engine.document.AslDocument;
import statewise.layout.LayoutResult;
import statewise.layout.Point;

class LayoutRunnerTest {

    private static final String FLOW = """
            {"StartAt": "A", "States": {
              "A": {"Type": "Pass", "Result": 1, "Next": "B"},
              "B": {"Type": "Succeed"}}}
            """;

    /** The layout thread doubles as the UI thread: results arrive in {@link #results}. */
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final LinkedBlockingQueue<LayoutResult> results = new LinkedBlockingQueue<>();
    private final UiThread ui = new UiThread() {
        @Override
        public void execute(Runnable action) {
            action.run();
        }

        @Override
        public boolean isCurrent() {
            return true;
        }
    };

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    private LayoutResult lay(LayoutRunner runner, String text, @Nullable LayoutResult previous)
            throws InterruptedException {
        AslDocument document = Analysis.of("flow.asl.json", text).document();
        runner.request(document, Map.of(), previous, results::add);
        return results.poll(30, TimeUnit.SECONDS);
    }

    @Test
    void anEditThatChangesNothingDrawnReusesTheLastLayout() throws InterruptedException {
        LayoutRunner runner = new LayoutRunner(executor, ui);
        LayoutResult first = lay(runner, FLOW, null);

        LayoutResult typed = lay(runner, FLOW.replace("\"Result\": 1", "\"Result\": 12345"), first);
        LayoutResult renamed = lay(runner, FLOW.replace("\"B\"", "\"Done\""), typed);

        assertSame(first, typed);
        assertNotSame(typed, renamed);
    }

    @Test
    void aFreshLayoutIsMadeWhenAskedForOrWhenPinsMove() throws InterruptedException {
        LayoutRunner runner = new LayoutRunner(executor, ui);
        LayoutResult first = lay(runner, FLOW, null);

        LayoutResult fresh = lay(runner, FLOW, null);
        AslDocument document = Analysis.of("flow.asl.json", FLOW).document();
        runner.request(document, Map.of("/States/A", new Point(300, 300)), fresh, results::add);
        LayoutResult pinned = results.poll(30, TimeUnit.SECONDS);

        assertNotSame(first, fresh);
        assertNotSame(fresh, pinned);
    }
}
