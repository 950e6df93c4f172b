package statewise.app.shell;

import java.lang.System.Logger.Level;
import java.util.concurrent.atomic.AtomicBoolean;
import statewise.app.files.Template;
import statewise.app.session.Analysis;
import statewise.engine.document.AslDocument;
import statewise.layout.DiagramGraphs;
import statewise.layout.DiagramLayout;
import statewise.layout.render.Java2dSizer;

/**
 * Loads what showing the first definition needs (the parser, the validator, the layout kernel and the font
 * measurements it sizes boxes with) on a thread of its own while the FX thread builds the window. At start-up the
 * FX thread is the busy one; without this the first open would load those classes only once the window is up,
 * one after the other on the open and layout threads, while the FX thread waits for them. The entry point starts it
 * as soon as it knows the designer will start, before the command line is parsed and the toolkit launched.
 */
final class StartupWarmUp {

    private static final System.Logger LOG = System.getLogger(StartupWarmUp.class.getName());
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private StartupWarmUp() {
    }

    /**
     * Starts the warm-up on a daemon thread, so it never keeps the program alive; once per process. Returns false
     * when it had been started already.
     */
    static boolean start() {
        if (!STARTED.compareAndSet(false, true)) {
            return false;
        }
        Thread thread = new Thread(StartupWarmUp::run, "statewise-warm-up");
        thread.setDaemon(true);
        thread.start();
        return true;
    }

    private static void run() {
        try {
            Template sample = Template.ORDER_PROCESSING;
            AslDocument document = Analysis.of(sample.fileName(), sample.text()).document();
            DiagramLayout.layout(DiagramGraphs.of(document, Java2dSizer.INSTANCE));
        } catch (RuntimeException e) {
            LOG.log(Level.DEBUG, "The start-up warm-up failed; the first open pays for it instead", e);
        }
    }
}
