package statewise.engine.cost;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The prices a cost estimate uses. The defaults are AWS's public prices for US East (N. Virginia), from
 * <a href="https://aws.amazon.com/step-functions/pricing/">aws.amazon.com/step-functions/pricing</a>: Standard
 * workflows $0.025 per 1,000 state transitions (other regions charge up to $0.0375); Express workflows $1.00 per
 * million requests and $0.06 per GB-hour of duration, the first tier (AWS lowers it to $0.03 after 1,000 GB-hours
 * and $0.01642 after 5,000 GB-hours a month, which a single execution does not reach). The monthly free tier
 * (4,000 transitions) is left out: an estimate per execution cannot know what else ran that month.
 *
 * @param standardPerThousandTransitions US dollars per 1,000 state transitions (Standard)
 * @param expressPerMillionRequests      US dollars per million requests (Express)
 * @param expressPerGbHour               US dollars per GB-hour of duration (Express)
 * @param expressMemoryMb                the memory an Express execution uses, in MB; null to estimate it as AWS's
 *                                       pricing examples do (see {@link CostEstimator})
 */
public record Rates(BigDecimal standardPerThousandTransitions, BigDecimal expressPerMillionRequests,
        BigDecimal expressPerGbHour, @Nullable Integer expressMemoryMb) {

    /** AWS's public prices in US East (N. Virginia), with the memory estimated. */
    public static final Rates US_EAST_1 = new Rates(new BigDecimal("0.025"), new BigDecimal("1.00"),
            new BigDecimal("0.06"), null);

    /** The JSON member names {@link #read} accepts, for messages and help. */
    public static final List<String> MEMBERS = List.of("standardPerThousandTransitions",
            "expressPerMillionRequests", "expressPerGbHour", "expressMemoryMb");

    public Rates {
        if (standardPerThousandTransitions.signum() < 0 || expressPerMillionRequests.signum() < 0
                || expressPerGbHour.signum() < 0) {
            throw new IllegalArgumentException("prices cannot be negative");
        }
        if (expressMemoryMb != null && expressMemoryMb <= 0) {
            throw new IllegalArgumentException("the Express memory must be more than 0 MB");
        }
    }

    /** Rates read from JSON, or why they could not be. Exactly one of the two is set. */
    public record Read(@Nullable Rates rates, @Nullable String problem) {
    }

    /**
     * {@code defaults} with the members of {@code json} put in: any of {@link #MEMBERS}, prices as non-negative
     * numbers, the memory as a whole number of MB.
     */
    public static Read read(JsonNode json, Rates defaults) {
        if (!json.isObject()) {
            return problem("rates must be a JSON object with any of " + String.join(", ", MEMBERS));
        }
        BigDecimal standard = defaults.standardPerThousandTransitions;
        BigDecimal requests = defaults.expressPerMillionRequests;
        BigDecimal gbHour = defaults.expressPerGbHour;
        Integer memory = defaults.expressMemoryMb;
        for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> member = it.next();
            JsonNode value = member.getValue();
            String key = member.getKey();
            if (!MEMBERS.contains(key)) {
                return problem("'" + key + "' is not a rate; use any of " + String.join(", ", MEMBERS));
            }
            if (!value.isNumber() || value.decimalValue().signum() < 0) {
                return problem("'" + key + "' must be a number of at least 0");
            }
            switch (key) {
                case "standardPerThousandTransitions" -> standard = value.decimalValue();
                case "expressPerMillionRequests" -> requests = value.decimalValue();
                case "expressPerGbHour" -> gbHour = value.decimalValue();
                default -> {
                    if (!value.canConvertToExactIntegral() || !value.canConvertToInt() || value.intValue() < 1) {
                        return problem("'expressMemoryMb' must be a whole number of MB, at least 1");
                    }
                    memory = value.intValue();
                }
            }
        }
        return new Read(new Rates(standard, requests, gbHour, memory), null);
    }

    private static Read problem(String message) {
        return new Read(null, message);
    }
}
