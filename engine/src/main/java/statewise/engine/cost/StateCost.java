package statewise.engine.cost;

import java.math.BigDecimal;

/**
 * What one state contributed to a Standard execution's bill.
 *
 * @param state        the state's name
 * @param entered      how many times it was entered (each Map iteration and loop pass counts)
 * @param retries      how many times a Retry ran it again (Task, Parallel and Map states)
 * @param standardCost its transitions at the Standard price
 */
public record StateCost(String state, long entered, long retries, BigDecimal standardCost) {

    /** The transitions AWS bills for this state: every entry and every retry. */
    public long transitions() {
        return entered + retries;
    }
}
