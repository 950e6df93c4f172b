package statewise.engine.document;

/**
 * The catalogue of diagnostic codes. Codes are stable: tools and suppressions may rely on them. Each code has the
 * severity it is normally reported with and a one-line description for {@code statewise validate --list-codes}.
 */
public enum DiagnosticCode {
    // Reading the text.
    SYNTAX_ERROR("syntax-error", Severity.ERROR, "The text is not well-formed JSON or YAML."),
    DUPLICATE_KEY("duplicate-key", Severity.ERROR, "An object has the same key twice."),
    NESTING_TOO_DEEP("nesting-too-deep", Severity.ERROR, "Objects and arrays are nested deeper than can be read."),
    EMPTY_DOCUMENT("empty-document", Severity.ERROR, "The text holds no JSON or YAML value."),
    DEFINITION_TOO_LARGE("definition-too-large", Severity.ERROR,
            "The definition is larger than AWS Step Functions accepts (1,048,576 characters)."),

    // The shape of the definition (what AWS reports as SCHEMA_VALIDATION_FAILED).
    WRONG_TYPE("wrong-type", Severity.ERROR, "A field holds the wrong kind of JSON value."),
    MISSING_FIELD("missing-field", Severity.ERROR, "A required field is missing."),
    UNKNOWN_FIELD("unknown-field", Severity.ERROR, "A field that the state type (or object) does not have."),
    UNKNOWN_STATE_TYPE("unknown-state-type", Severity.ERROR, "A state's Type is not one of the ASL state types."),
    INVALID_VALUE("invalid-value", Severity.ERROR, "A field's value is outside what ASL allows."),
    CONFLICTING_FIELDS("conflicting-fields", Severity.ERROR, "Fields that cannot be used together."),
    QUERY_LANGUAGE_FIELD("query-language-field", Severity.ERROR,
            "A field that the state's query language (JSONPath or JSONata) does not allow."),
    TEMPLATE_PLACEHOLDER("template-placeholder", Severity.INFO,
            "A ${Name} definition-substitution placeholder, kept verbatim for CloudFormation, SAM or CDK."),

    // Transitions between states.
    MISSING_TRANSITION("missing-transition", Severity.ERROR, "A state has neither Next nor End."),
    MISSING_TRANSITION_TARGET("missing-transition-target", Severity.ERROR,
            "StartAt, Next, Default or a Catch names a state that does not exist in its scope."),
    NO_TERMINAL_STATE("no-terminal-state", Severity.ERROR,
            "A state graph has no state that ends it (End: true, Succeed or Fail)."),
    DUPLICATE_STATE_NAME("duplicate-state-name", Severity.ERROR,
            "Two states share a name; names must be unique across the whole state machine."),
    INVALID_STATE_NAME("invalid-state-name", Severity.ERROR, "A state name is empty or longer than 80 characters."),
    STATES_ALL_NOT_LAST("states-all-not-last", Severity.ERROR,
            "States.ALL appears in a retrier or catcher that is not the last one, or next to other error names."),

    // Expressions.
    INVALID_PATH("invalid-path", Severity.ERROR, "A JSONPath is not valid where it is used."),
    INVALID_REFERENCE_PATH("invalid-reference-path", Severity.ERROR,
            "A reference path (ResultPath, ItemsPath, ...) uses filters, wildcards or other non-reference syntax."),
    INVALID_INTRINSIC("invalid-intrinsic-function", Severity.ERROR,
            "An intrinsic function call is malformed, unknown or has the wrong number of arguments."),
    TEMPLATE_KEY_CONFLICT("template-key-conflict", Severity.ERROR,
            "A payload template has both 'name' and 'name.$', which would give the same key twice."),
    INVALID_JSONATA("invalid-jsonata", Severity.ERROR, "A {% %} JSONata expression does not parse."),
    INVALID_TIMESTAMP("invalid-timestamp", Severity.ERROR, "A timestamp is not in RFC 3339 format."),
    INVALID_RESOURCE("invalid-resource", Severity.ERROR, "A Task Resource that AWS does not recognise."),

    UNREFERENCED_STATE("unreferenced-state", Severity.ERROR,
            "No StartAt, Next, Default or catcher names this state, so it can never run."),

    // Beyond AWS: accepted, but probably not what the author meant.
    UNREACHABLE_STATE("unreachable-state", Severity.WARNING, "Other states name this one, but no path from StartAt reaches it."),
    ENDLESS_LOOP("endless-loop", Severity.WARNING, "States that can never reach an end once entered."),
    CATCH_NEVER_FIRES("catch-never-fires", Severity.WARNING,
            "A catcher or retrier that an earlier one always takes first."),
    VARIABLE_NOT_ASSIGNED("variable-not-assigned", Severity.WARNING,
            "A variable is read where no earlier state can have assigned it."),
    NO_EFFECT("no-effect", Severity.WARNING, "A field that has no effect where it is."),
    PATH_WITHOUT_DOLLAR("path-without-dollar", Severity.WARNING,
            "A value that looks like a path or intrinsic function under a key without '.$', so it stays a string.");

    private final String id;
    private final Severity severity;
    private final String description;

    DiagnosticCode(String id, Severity severity, String description) {
        this.id = id;
        this.severity = severity;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    public String description() {
        return description;
    }
}
