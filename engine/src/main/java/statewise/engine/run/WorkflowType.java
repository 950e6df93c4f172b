package statewise.engine.run;

/** Standard workflows (exactly-once, up to a year) or Express workflows (at-least-once, up to five minutes). */
public enum WorkflowType {
    STANDARD,
    EXPRESS
}
