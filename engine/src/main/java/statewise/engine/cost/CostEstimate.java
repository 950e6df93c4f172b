package statewise.engine.cost;

import java.math.BigDecimal;
import java.util.List;

/**
 * What one execution would cost on AWS Step Functions, as a Standard and as an Express workflow.
 *
 * @param transitions            the billable state transitions (Standard)
 * @param states                 the transitions and their price per state, in the order states were first entered
 * @param standardCost           the price of the transitions
 * @param express                the price as an Express workflow
 * @param rates                  the prices used
 * @param childExecutionsExcluded true when the execution ran a distributed Map: its child executions are billed
 *                               as executions of their own and are not in this estimate
 */
public record CostEstimate(long transitions, List<StateCost> states, BigDecimal standardCost, ExpressCost express,
        Rates rates, boolean childExecutionsExcluded) {

    public CostEstimate {
        states = List.copyOf(states);
    }
}
