package statewise.app.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import statewise.app.debug.model.RatesFile;
import statewise.app.fx.QueuedUiThread;
import statewise.engine.cost.Rates;

class CostRatesViewModelTest {

    @TempDir
    Path folder;

    private final QueuedUiThread ui = new QueuedUiThread();
    private final Executor io = Runnable::run;

    private CostRatesViewModel model() {
        CostRatesViewModel model = new CostRatesViewModel(ui, io, new RatesFile(folder.resolve(
                CostRatesViewModel.FILE)));
        model.load();
        ui.runPending();
        return model;
    }

    @Test
    void appliedRatesAreUsedAndKeptForTheNextStart() {
        CostRatesViewModel model = model();
        model.standardProperty().set("0.0375");
        model.memoryProperty().set("128");
        assertTrue(model.canApplyProperty().get());

        model.apply();
        ui.runPending();

        Rates expected = new Rates(new BigDecimal("0.0375"), new BigDecimal("1.00"), new BigDecimal("0.06"), 128);
        assertEquals(expected, model.ratesProperty().get());
        assertFalse(model.canApplyProperty().get());
        CostRatesViewModel again = model();
        assertTrue(RatesFile.same(expected, again.ratesProperty().get()), again.ratesProperty().get().toString());
        assertEquals("0.0375", again.standardProperty().get());
        assertEquals("128", again.memoryProperty().get());
    }

    @Test
    void ratesThatAreNotPricesSayWhyAndAreNotApplied() {
        CostRatesViewModel model = model();
        model.standardProperty().set("cheap");
        model.requestsProperty().set("-1");
        model.memoryProperty().set("1.5");

        assertEquals("The Standard price per 1,000 transitions must be a number in US dollars, such as 0.025.\n"
                + "The Express price per million requests cannot be negative.\n"
                + "The Express memory must be a whole number of MB, at least 1 (or blank to estimate).",
                model.problemProperty().get());
        assertFalse(model.canApplyProperty().get());
        model.apply();
        assertEquals(Rates.US_EAST_1, model.ratesProperty().get());
    }

    @Test
    void resetGoesBackToTheDefaultsAndForgetsTheKeptRates() {
        CostRatesViewModel model = model();
        model.standardProperty().set("1");
        model.apply();
        ui.runPending();
        assertTrue(Files.exists(folder.resolve(CostRatesViewModel.FILE)));

        model.reset();
        ui.runPending();

        assertEquals(Rates.US_EAST_1, model.ratesProperty().get());
        assertEquals("0.025", model.standardProperty().get());
        assertFalse(Files.exists(folder.resolve(CostRatesViewModel.FILE)));
    }

    @Test
    void gbHourPriceIsAlsoShownPerGbSecond() {
        CostRatesViewModel model = model();
        model.gbHourProperty().set("0.06");

        assertEquals("= $0.00001667 per GB-second", model.gbSecondProperty().get());
    }

    @Test
    void keptRatesTheCommandLineCannotReadLeaveTheDefaults() throws Exception {
        Files.writeString(folder.resolve(CostRatesViewModel.FILE), "{\"standardPerThousandTransitions\": \"x\"}");

        CostRatesViewModel model = model();

        assertEquals(Rates.US_EAST_1, model.ratesProperty().get());
        assertEquals("Using the default rates: cost-rates.json: 'standardPerThousandTransitions' must be a number "
                + "of at least 0", model.messageProperty().get());
    }
}
