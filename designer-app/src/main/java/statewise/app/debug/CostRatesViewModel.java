package statewise.app.debug;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.jspecify.annotations.Nullable;
import statewise.app.debug.model.RatesFile;
import statewise.app.fx.UiThread;
import statewise.engine.cost.Rates;

/**
 * The prices cost estimates use, as the user can change them: Standard per 1,000 state transitions, Express per
 * million requests and per GB-hour (and the GB-second price that gives), and the Express memory (blank: estimated).
 * Fields are checked as they are typed; Apply keeps valid rates in the settings folder and the next estimate uses
 * them; Reset goes back to AWS's public US East prices.
 */
public final class CostRatesViewModel {

    /** The file in the settings folder the rates are kept in. */
    public static final String FILE = "cost-rates.json";

    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3_600);

    private final UiThread ui;
    private final Executor io;
    private final RatesFile file;
    private final ObjectProperty<Rates> rates = new SimpleObjectProperty<>(Rates.US_EAST_1);
    private final StringProperty standard = new SimpleStringProperty();
    private final StringProperty requests = new SimpleStringProperty();
    private final StringProperty gbHour = new SimpleStringProperty();
    private final StringProperty memory = new SimpleStringProperty();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper gbSecond = new ReadOnlyStringWrapper("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanBinding canApply;

    CostRatesViewModel(UiThread ui, Executor io, RatesFile file) {
        this.ui = ui;
        this.io = io;
        this.file = file;
        fill(Rates.US_EAST_1);
        for (StringProperty field : List.of(standard, requests, gbHour, memory)) {
            field.addListener((property, old, now) -> check());
        }
        check();
        canApply = Bindings.createBooleanBinding(() -> {
            Rates typed = typed(new ArrayList<>());
            return typed != null && !RatesFile.same(typed, rates.get());
        }, standard, requests, gbHour, memory, rates);
    }

    /** Reads the kept rates on the engine's thread; a bad file leaves the defaults and says why. */
    void load() {
        io.execute(() -> {
            try {
                Rates kept = file.load();
                ui.execute(() -> {
                    rates.set(kept);
                    fill(kept);
                });
            } catch (IOException e) {
                ui.execute(() -> message.set("Using the default rates: " + e.getMessage()));
            }
        });
    }

    /** The rates the next estimate uses. */
    public ReadOnlyObjectProperty<Rates> ratesProperty() {
        return rates;
    }

    public StringProperty standardProperty() {
        return standard;
    }

    public StringProperty requestsProperty() {
        return requests;
    }

    public StringProperty gbHourProperty() {
        return gbHour;
    }

    /** The Express memory in MB; blank to estimate it from the definition and the payloads. */
    public StringProperty memoryProperty() {
        return memory;
    }

    /** What is wrong with the rates as typed, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The Express duration price per GB-second that the typed GB-hour price gives, or empty. */
    public ReadOnlyStringProperty gbSecondProperty() {
        return gbSecond.getReadOnlyProperty();
    }

    /** The latest confirmation or problem of loading and saving. */
    public StringProperty messageProperty() {
        return message;
    }

    /** Whether the typed rates are valid and not the ones in use. */
    public BooleanBinding canApplyProperty() {
        return canApply;
    }

    /** Uses the typed rates from the next estimate on, and keeps them. */
    public void apply() {
        List<String> problems = new ArrayList<>();
        Rates typed = typed(problems);
        if (typed == null) {
            problem.set(String.join("\n", problems));
            return;
        }
        use(typed, "Saved: the next estimate uses these rates.");
    }

    /** Goes back to AWS's public US East prices. */
    public void reset() {
        fill(Rates.US_EAST_1);
        use(Rates.US_EAST_1, "Back to AWS's public US East (N. Virginia) prices.");
    }

    private void use(Rates chosen, String done) {
        rates.set(chosen);
        io.execute(() -> {
            try {
                file.save(chosen);
                ui.execute(() -> message.set(done));
            } catch (IOException e) {
                ui.execute(() -> message.set("The rates are used but could not be kept: " + e.getMessage()));
            }
        });
    }

    private void fill(Rates shown) {
        standard.set(shown.standardPerThousandTransitions().toPlainString());
        requests.set(shown.expressPerMillionRequests().toPlainString());
        gbHour.set(shown.expressPerGbHour().toPlainString());
        memory.set(shown.expressMemoryMb() == null ? "" : String.valueOf(shown.expressMemoryMb()));
    }

    private void check() {
        List<String> problems = new ArrayList<>();
        typed(problems);
        problem.set(String.join("\n", problems));
        BigDecimal hour = price(gbHour.get(), "", new ArrayList<>());
        gbSecond.set(hour == null ? "" : "= $" + hour.divide(SECONDS_PER_HOUR, MathContext.DECIMAL64)
                .round(new MathContext(4)).stripTrailingZeros().toPlainString() + " per GB-second");
    }

    private @Nullable Rates typed(List<String> problems) {
        BigDecimal perThousand = price(standard.get(), "The Standard price per 1,000 transitions", problems);
        BigDecimal perMillion = price(requests.get(), "The Express price per million requests", problems);
        BigDecimal perHour = price(gbHour.get(), "The Express price per GB-hour", problems);
        Integer mb = null;
        String text = memory.get() == null ? "" : memory.get().strip();
        if (!text.isEmpty()) {
            try {
                mb = Integer.valueOf(text);
            } catch (NumberFormatException e) {
                mb = 0;
            }
            if (mb < 1) {
                problems.add("The Express memory must be a whole number of MB, at least 1 (or blank to estimate).");
            }
        }
        if (!problems.isEmpty() || perThousand == null || perMillion == null || perHour == null) {
            return null;
        }
        return new Rates(perThousand, perMillion, perHour, mb);
    }

    private static @Nullable BigDecimal price(@Nullable String text, String what, List<String> problems) {
        try {
            BigDecimal value = new BigDecimal(text == null ? "" : text.strip().replace("$", ""));
            if (value.signum() >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            problems.add(what + " must be a number in US dollars, such as 0.025.");
            return null;
        }
        problems.add(what + " cannot be negative.");
        return null;
    }
}
