package statewise.engine.document;

/**
 * The catalogue of diagnostic codes. Codes are stable: tools and suppressions may rely on them. Each code has the
 * severity it is normally reported with, the part of the element it underlines ({@link SpanAnchor}) and a one-line
 * description for {@code statewise validate --list-codes}.
 */
public enum DiagnosticCode {
    // Reading the text.
    SYNTAX_ERROR("syntax-error", Severity.ERROR, SpanAnchor.KEY, "The text is not well-formed JSON or YAML."),
    DUPLICATE_KEY("duplicate-key", Severity.ERROR, SpanAnchor.KEY, "An object has the same key twice."),
    NESTING_TOO_DEEP("nesting-too-deep", Severity.ERROR, SpanAnchor.KEY,
            "Objects and arrays are nested deeper than can be read."),
    EMPTY_DOCUMENT("empty-document", Severity.ERROR, SpanAnchor.KEY, "The text holds no JSON or YAML value."),
    DEFINITION_TOO_LARGE("definition-too-large", Severity.ERROR, SpanAnchor.KEY,
            "The definition is larger than AWS Step Functions accepts (1,048,576 characters)."),

    // The shape of the definition (what AWS reports as SCHEMA_VALIDATION_FAILED).
    WRONG_TYPE("wrong-type", Severity.ERROR, SpanAnchor.VALUE, "A field holds the wrong kind of JSON value."),
    MISSING_FIELD("missing-field", Severity.ERROR, SpanAnchor.KEY, "A required field is missing."),
    UNKNOWN_FIELD("unknown-field", Severity.ERROR, SpanAnchor.KEY,
            "A field that the state type (or object) does not have."),
    UNKNOWN_STATE_TYPE("unknown-state-type", Severity.ERROR, SpanAnchor.VALUE,
            "A state's Type is not one of the ASL state types."),
    INVALID_VALUE("invalid-value", Severity.ERROR, SpanAnchor.VALUE, "A field's value is outside what ASL allows."),
    CONFLICTING_FIELDS("conflicting-fields", Severity.ERROR, SpanAnchor.KEY, "Fields that cannot be used together."),
    QUERY_LANGUAGE_FIELD("query-language-field", Severity.ERROR, SpanAnchor.KEY,
            "A field that the state's query language (JSONPath or JSONata) does not allow."),
    TEMPLATE_PLACEHOLDER("template-placeholder", Severity.INFO, SpanAnchor.VALUE,
            "A ${Name} definition-substitution placeholder, kept verbatim for CloudFormation, SAM or CDK."),

    // Transitions between states.
    MISSING_TRANSITION("missing-transition", Severity.ERROR, SpanAnchor.KEY, "A state has neither Next nor End."),
    MISSING_TRANSITION_TARGET("missing-transition-target", Severity.ERROR, SpanAnchor.VALUE,
            "StartAt, Next, Default or a Catch names a state that does not exist in its scope."),
    NO_TERMINAL_STATE("no-terminal-state", Severity.ERROR, SpanAnchor.KEY,
            "A state graph has no state that ends it (End: true, Succeed or Fail)."),
    DUPLICATE_STATE_NAME("duplicate-state-name", Severity.ERROR, SpanAnchor.KEY,
            "Two states share a name; names must be unique across the whole state machine."),
    INVALID_STATE_NAME("invalid-state-name", Severity.ERROR, SpanAnchor.KEY,
            "A state name is empty or longer than 80 characters."),
    STATES_ALL_NOT_LAST("states-all-not-last", Severity.ERROR, SpanAnchor.VALUE,
            "States.ALL appears in a retrier or catcher that is not the last one, or next to other error names."),

    // Expressions.
    INVALID_PATH("invalid-path", Severity.ERROR, SpanAnchor.VALUE, "A JSONPath is not valid where it is used."),
    INVALID_REFERENCE_PATH("invalid-reference-path", Severity.ERROR, SpanAnchor.VALUE,
            "A reference path (ResultPath, ItemsPath, ...) uses filters, wildcards or other non-reference syntax."),
    INVALID_INTRINSIC("invalid-intrinsic-function", Severity.ERROR, SpanAnchor.VALUE,
            "An intrinsic function call is malformed, unknown or has the wrong number of arguments."),
    TEMPLATE_KEY_CONFLICT("template-key-conflict", Severity.ERROR, SpanAnchor.KEY,
            "A payload template has both 'name' and 'name.$', which would give the same key twice."),
    INVALID_JSONATA("invalid-jsonata", Severity.ERROR, SpanAnchor.VALUE, "A {% %} JSONata expression does not parse."),
    INVALID_TIMESTAMP("invalid-timestamp", Severity.ERROR, SpanAnchor.VALUE, "A timestamp is not in RFC 3339 format."),
    INVALID_RESOURCE("invalid-resource", Severity.ERROR, SpanAnchor.VALUE,
            "A Task Resource that AWS does not recognise."),

    UNREFERENCED_STATE("unreferenced-state", Severity.ERROR, SpanAnchor.KEY,
            "No StartAt, Next, Default or catcher names this state, so it can never run."),

    // Beyond AWS: accepted, but probably not what the author meant.
    UNREACHABLE_STATE("unreachable-state", Severity.WARNING, SpanAnchor.KEY,
            "Other states name this one, but no path from StartAt reaches it."),
    ENDLESS_LOOP("endless-loop", Severity.WARNING, SpanAnchor.KEY, "States that can never reach an end once entered."),
    CATCH_NEVER_FIRES("catch-never-fires", Severity.WARNING, SpanAnchor.KEY,
            "A catcher or retrier that an earlier one always takes first."),
    VARIABLE_NOT_ASSIGNED("variable-not-assigned", Severity.WARNING, SpanAnchor.VALUE,
            "A variable is read where no earlier state can have assigned it."),
    NO_EFFECT("no-effect", Severity.WARNING, SpanAnchor.KEY, "A field that has no effect where it is."),
    PATH_WITHOUT_DOLLAR("path-without-dollar", Severity.WARNING, SpanAnchor.VALUE,
            "A value that looks like a path or intrinsic function under a key without '.$', so it stays a string.");

    private final String id;
    private final Severity severity;
    private final SpanAnchor anchor;
    private final String description;

    DiagnosticCode(String id, Severity severity, SpanAnchor anchor, String description) {
        this.id = id;
        this.severity = severity;
        this.anchor = anchor;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    /** Where a diagnostic with this code is underlined, unless its rule says otherwise. */
    public SpanAnchor anchor() {
        return anchor;
    }

    public String description() {
        return description;
    }
}
