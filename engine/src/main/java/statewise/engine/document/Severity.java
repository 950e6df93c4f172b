package statewise.engine.document;

/** How much a diagnostic matters. {@link #ERROR} means AWS Step Functions would refuse the definition. */
public enum Severity {
    ERROR("error"),
    WARNING("warning"),
    INFO("info");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The lower-case word used in command-line output and JSON. */
    public String label() {
        return label;
    }
}
