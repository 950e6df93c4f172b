package statewise.engine.teststate;

/** How much TestState tells about the state's data flow: INFO none, DEBUG and TRACE every stage. */
public enum InspectionLevel {
    INFO,
    DEBUG,
    TRACE
}
