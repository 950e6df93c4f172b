package statewise.engine.run.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.jspecify.annotations.Nullable;

/**
 * The Python handlers the corpus's recordings deployed as Lambda functions ({@code lambdas[].handler_file}), each
 * reduced to what it does with its event. This is a test double for {@link CorpusLambdas}, written from the
 * handlers' sources and checked against what AWS recorded; it is not a Lambda runtime.
 */
enum CorpusLambdaHandler {

    /** {@code return event}. */
    ID_FUNCTION("id_function.py"),
    /** {@code return event}, like the identity function. */
    ECHO_FUNCTION("echo_function.py"),
    /** {@code raise Exception("Some exception was raised.")} on line 2. */
    RAISE_EXCEPTION("raise_exception.py"),
    /** Raises a {@code CustomException} (an {@code Exception} subclass) built without arguments, on line 9. */
    RAISE_CUSTOM_EXCEPTION("raise_custom_exception.py"),
    /** Sleeps 60 seconds: longer than any TimeoutSeconds the corpus sets on a call to it (5 s). */
    WAIT_60_SECONDS("wait_60_seconds.py"),
    /**
     * Returns the bytes of 257 KiB of {@code 'a'}, above the 256 KiB payload limit (here as a JSON string of them:
     * Step Functions refuses the response for its size before reading it).
     */
    LARGE_OUTPUT_STRING("large_output_string.py"),
    /** Returns the bytes {@code b'"HelloWorld!"'}, which Lambda passes on as the JSON string "HelloWorld!". */
    RETURN_BYTES_STR("return_bytes_str.py"),
    /** {@code return f"input-event-{event}"}: Python's {@code str} of the event, after a prefix. */
    RETURN_DECORATED_INPUT("return_decorated_input.py");

    /** What one invocation of a handler did. */
    sealed interface Run {
    }

    /** The handler returned {@code payload}, a JSON value, as the function's response. */
    record Returned(JsonNode payload) implements Run {
    }

    /**
     * The handler raised an exception, which the Python runtime reports as {@code errorType}, {@code errorMessage}
     * and a one-frame {@code stackTrace}.
     */
    record Raised(String type, String message, String frame) implements Run {
    }

    /** The handler is still running when the task's timeout passes. */
    record Slept() implements Run {
    }

    private static final String HANDLER_FILE = "  File \"/var/task/handler.py\", line ";

    private final String file;

    CorpusLambdaHandler(String file) {
        this.file = file;
    }

    /** The handler a case's {@code handler_file} names (a path ending in the file name), or null if unknown. */
    static @Nullable CorpusLambdaHandler byFile(String handlerFile) {
        String name = handlerFile.substring(handlerFile.lastIndexOf('/') + 1);
        for (CorpusLambdaHandler handler : values()) {
            if (handler.file.equals(name)) {
                return handler;
            }
        }
        return null;
    }

    /** Runs the handler on {@code event}, the function's input as Python's {@code json.loads} gave it. */
    Run run(JsonNode event) {
        return switch (this) {
            case ID_FUNCTION, ECHO_FUNCTION -> new Returned(event);
            case RAISE_EXCEPTION -> new Raised("Exception", "Some exception was raised.", HANDLER_FILE
                    + "2, in handler\n    raise Exception(\"Some exception was raised.\")\n");
            case RAISE_CUSTOM_EXCEPTION -> new Raised("CustomException", "", HANDLER_FILE
                    + "9, in handler\n    raise CustomException()\n");
            case WAIT_60_SECONDS -> new Slept();
            case LARGE_OUTPUT_STRING -> new Returned(JsonNodeFactory.instance.textNode("a".repeat(257 * 1024)));
            case RETURN_BYTES_STR -> new Returned(JsonNodeFactory.instance.textNode("HelloWorld!"));
            case RETURN_DECORATED_INPUT -> new Returned(JsonNodeFactory.instance.textNode("input-event-"
                    + PythonRepr.str(event)));
        };
    }
}
