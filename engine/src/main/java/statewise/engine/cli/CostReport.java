package statewise.engine.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import statewise.engine.cost.CostEstimate;
import statewise.engine.cost.ExpressCost;
import statewise.engine.cost.StateCost;

/**
 * {@code run --cost}: a cost estimate as lines for people (after the trace) or as the {@code cost} member of the
 * JSON result, with the figures it was computed from, so a reader can check the arithmetic.
 */
final class CostReport {

    private CostReport() {
    }

    static List<String> lines(CostEstimate cost) {
        List<String> lines = new ArrayList<>();
        lines.add("cost: Standard " + dollars(cost.standardCost()) + " for " + cost.transitions()
                + " state transitions at " + dollars(cost.rates().standardPerThousandTransitions()) + " per 1,000"
                + (cost.childExecutionsExcluded() ? " (the distributed Map's child executions are billed apart)" : ""));
        int width = cost.states().stream().mapToInt(s -> s.state().length()).max().orElse(0);
        for (StateCost state : cost.states()) {
            lines.add(String.format(Locale.ROOT, "cost:   %-" + width + "s  %d entered, %d retries  %s",
                    state.state(), state.entered(), state.retries(), dollars(state.standardCost())));
        }
        ExpressCost express = cost.express();
        lines.add("cost: Express " + dollars(express.total()) + " = 1 request " + dollars(express.requestCost())
                + " + " + express.gbSeconds().toPlainString() + " GB-s " + dollars(express.durationCost())
                + " (" + express.durationMillis() + " ms billed as " + express.billedMillis() + " ms, "
                + express.memoryMb().toPlainString() + " MB" + (express.memoryEstimated() ? " estimated" : "")
                + " billed as " + express.billedMemoryMb() + " MB)");
        return lines;
    }

    static ObjectNode json(CostEstimate cost) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode root = nodes.objectNode();
        root.put("transitions", cost.transitions());
        root.put("standardCost", cost.standardCost());
        root.put("childExecutionsExcluded", cost.childExecutionsExcluded());
        ArrayNode states = root.putArray("states");
        cost.states().forEach(s -> states.addObject().put("state", s.state())
                .put("entered", s.entered()).put("retries", s.retries()).put("transitions", s.transitions())
                .put("standardCost", s.standardCost()));
        ExpressCost express = cost.express();
        root.putObject("express").put("cost", express.total()).put("requestCost", express.requestCost())
                .put("durationCost", express.durationCost()).put("durationMillis", express.durationMillis())
                .put("billedMillis", express.billedMillis()).put("memoryMb", express.memoryMb())
                .put("memoryEstimated", express.memoryEstimated()).put("billedMemoryMb", express.billedMemoryMb())
                .put("gbSeconds", express.gbSeconds());
        ObjectNode rates = root.putObject("rates")
                .put("standardPerThousandTransitions", cost.rates().standardPerThousandTransitions())
                .put("expressPerMillionRequests", cost.rates().expressPerMillionRequests())
                .put("expressPerGbHour", cost.rates().expressPerGbHour());
        if (cost.rates().expressMemoryMb() != null) {
            rates.put("expressMemoryMb", cost.rates().expressMemoryMb());
        }
        return root;
    }

    private static String dollars(BigDecimal amount) {
        return "$" + amount.toPlainString();
    }
}
