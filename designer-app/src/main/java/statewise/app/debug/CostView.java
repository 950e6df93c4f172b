package statewise.app.debug;

import java.math.BigDecimal;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;
import statewise.app.debug.model.ExecutionRecord;
import statewise.engine.cost.CostEstimate;
import statewise.engine.cost.CostEstimator;
import statewise.engine.cost.StateCost;
import statewise.engine.run.ExecutionResult;

/**
 * What the shown execution would cost on AWS: the billed state transitions and their Standard price, the Express
 * price from its duration and a memory estimate, and the transitions and price per state, at the rates the user
 * set under Rates… (AWS's public US East prices by default).
 */
final class CostView {

    static final String SUMMARY_ID = "debug-cost-summary";

    private final VBox root = new VBox(6);
    private final Label summary = new Label("Cost estimates appear when a run ends.");
    private final TableView<StateCost> states = new TableView<>();
    private final DebuggerViewModel model;
    private final ByteCount definitionBytes;
    private final CostRatesViewModel rates;

    /** The size of the definition the estimate counts (Express bills payloads and memory from it). */
    @FunctionalInterface
    interface ByteCount {
        long get();
    }

    CostView(DebuggerViewModel model, ByteCount definitionBytes, CostRatesViewModel rates) {
        this.model = model;
        this.definitionBytes = definitionBytes;
        this.rates = rates;
        root.setPadding(new Insets(6));
        summary.setId(SUMMARY_ID);
        summary.setWrapText(true);
        states.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        states.getColumns().add(column("State", c -> c.state()));
        states.getColumns().add(column("Transitions", c -> c.transitions()));
        states.getColumns().add(column("Retries", c -> c.retries()));
        states.getColumns().add(column("Standard $", c -> c.standardCost().toPlainString()));
        VBox.setVgrow(states, Priority.ALWAYS);
        root.getChildren().addAll(summary, states, new CostRatesView(rates).node());
        model.shownProperty().addListener((property, old, record) -> watch(record));
        rates.ratesProperty().addListener((property, old, now) -> {
            ExecutionRecord shown = model.shownProperty().get();
            show(shown == null ? null : shown.resultProperty().get());
        });
        watch(model.shownProperty().get());
        rates.load();
    }

    Region node() {
        return root;
    }

    private void watch(@Nullable ExecutionRecord record) {
        show(record == null ? null : record.resultProperty().get());
        if (record != null) {
            record.resultProperty().addListener((property, old, result) -> {
                if (model.shownProperty().get() == record) {
                    show(result);
                }
            });
        }
    }

    private void show(@Nullable ExecutionResult result) {
        if (result == null) {
            summary.setText("Cost estimates appear when a run ends.");
            states.getItems().clear();
            return;
        }
        CostEstimate estimate = CostEstimator.estimate(result, definitionBytes.get(), rates.ratesProperty().get());
        summary.setText(String.format(
                "%,d billed transitions · Standard $%s · Express $%s (%,d ms billed at %d MB%s)",
                estimate.transitions(), plain(estimate.standardCost()), plain(estimate.express().total()),
                estimate.express().billedMillis(), estimate.express().billedMemoryMb(),
                estimate.express().memoryEstimated() ? ", memory estimated" : "")
                + (estimate.childExecutionsExcluded() ? " · child executions of a distributed Map not included" : ""));
        states.getItems().setAll(estimate.states());
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static TableColumn<StateCost, Object> column(String title,
            java.util.function.Function<StateCost, Object> value) {
        TableColumn<StateCost, Object> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return column;
    }
}
