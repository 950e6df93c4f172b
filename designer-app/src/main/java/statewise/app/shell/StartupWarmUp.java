package statewise.app.shell;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.kordamp.ikonli.javafx.IkonResolver;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignG;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignK;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;
import statewise.app.canvas.PremadeLayout;
import statewise.app.files.Template;
import statewise.app.session.Analysis;
import statewise.engine.document.AslDocument;
import statewise.layout.DiagramGraph;
import statewise.layout.DiagramGraphs;
import statewise.layout.DiagramLayout;
import statewise.layout.render.Java2dSizer;
import statewise.themes.Theme;

/**
 * Loads what showing the window and its first definition needs on threads of their own while the FX thread builds
 * the window. At start-up the FX thread is the busy one; without this it would generate the theme's stylesheet,
 * set up the icon packs and load the icon font itself, and the first open would load the parser, the validator,
 * the layout kernel and the font measurements it sizes boxes with only once the window is up, one after the other
 * on the open and layout threads, while the FX thread waits for them. It hands the window the layout of the sample
 * the window opens on a first start ({@link #sampleLayout}): the one stored ahead of time ({@link StoredSampleLayout})
 * when this machine measures the same boxes, so the layout kernel loads only after the first frame, else the
 * kernel's, made here. The entry point starts the first part as soon as it knows the designer will start, before
 * the command line is parsed and the toolkit launched; the icon font needs the toolkit, so the application starts
 * that part once the toolkit is up ({@link #startIcons}).
 */
final class StartupWarmUp {

    private static final System.Logger LOG = System.getLogger(StartupWarmUp.class.getName());
    private static final AtomicBoolean STARTED = new AtomicBoolean();
    private static final AtomicBoolean ICONS_STARTED = new AtomicBoolean();
    /** The sample's layout as the warm-up made it; null when that failed. */
    private static final CompletableFuture<@Nullable PremadeLayout> SAMPLE_LAYOUT = new CompletableFuture<>();

    /**
     * The icon packs the window shows at start-up: each is an enum of thousands of icons, set up when first used.
     * Setting them up here is safe on any thread (class initialisation is). StartupWarmUpTest checks this list
     * against the packs the designer's classes use, so a pack used later is warmed too.
     */
    static final List<Class<?>> ICON_PACKS = List.of(MaterialDesignA.class, MaterialDesignB.class,
            MaterialDesignC.class, MaterialDesignD.class, MaterialDesignE.class, MaterialDesignF.class,
            MaterialDesignG.class, MaterialDesignH.class, MaterialDesignI.class, MaterialDesignK.class,
            MaterialDesignL.class, MaterialDesignM.class, MaterialDesignP.class, MaterialDesignR.class,
            MaterialDesignS.class, MaterialDesignT.class, MaterialDesignU.class, MaterialDesignV.class);

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
        daemon(StartupWarmUp::run, "statewise-warm-up");
        return true;
    }

    /**
     * The layout of the sample ({@link Template#ORDER_PROCESSING}) the warm-up makes, completed with null when
     * making it failed; empty when the warm-up has not been started (nothing would complete it).
     */
    static Optional<CompletableFuture<@Nullable PremadeLayout>> sampleLayout() {
        return STARTED.get() ? Optional.of(SAMPLE_LAYOUT) : Optional.empty();
    }

    /**
     * Loads the icon font on a daemon thread, once per process; the toolkit must be running. The icon resolver loads
     * every icon pack's font while it is initialised, so an icon the FX thread creates meanwhile waits for it instead
     * of loading it twice. Returns false when it had been started already.
     */
    static boolean startIcons() {
        if (!ICONS_STARTED.compareAndSet(false, true)) {
            return false;
        }
        daemon(() -> {
            try {
                IkonResolver.getInstance();
            } catch (RuntimeException | LinkageError e) {
                LOG.log(Level.DEBUG, "Loading the icon font early failed; the first icon loads it instead", e);
            }
        }, "statewise-icon-warm-up");
        return true;
    }

    private static void daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void run() {
        @Nullable PremadeLayout sampleLayout = null;
        try {
            for (Theme theme : Theme.values()) {
                theme.stylesheet();
            }
            for (Class<?> pack : ICON_PACKS) {
                Class.forName(pack.getName(), true, pack.getClassLoader());
            }
            Template sample = Template.ORDER_PROCESSING;
            AslDocument document = Analysis.of(sample.fileName(), sample.text()).document();
            DiagramGraph graph = DiagramGraphs.of(document, Java2dSizer.INSTANCE);
            sampleLayout = StoredSampleLayout.matching(graph)
                    .orElseGet(() -> new PremadeLayout(graph, DiagramLayout.layout(graph)));
        } catch (RuntimeException | ClassNotFoundException e) {
            LOG.log(Level.DEBUG, "The start-up warm-up failed; the window and the first open pay for it instead", e);
        } finally {
            SAMPLE_LAYOUT.complete(sampleLayout);
        }
    }
}
