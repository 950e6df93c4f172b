package statewise.engine.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import statewise.engine.corpus.SharedCorpus;

/**
 * What AWS said about one conformance case's definition: accepted it, refused it (maybe naming the JSON Pointer of
 * the fault), or answered something that is not a verdict on the definition (a name already in use, a logging
 * configuration, a TestState argument).
 */
record AwsVerdict(Kind kind, @Nullable String pointer, boolean express, String why) {

    enum Kind {
        ACCEPTED,
        REFUSED,
        NOT_ABOUT_THE_DEFINITION
    }

    private static final Set<String> RAN = Set.of("execution", "test_state", "express_sync_execution",
            "express_async_execution", "start_execution_error");
    private static final Pattern AT_POINTER = Pattern.compile(" at (/[^'\"]*?)\\s*'?\\s*$");

    static AwsVerdict of(SharedCorpus.Case c) {
        boolean express = isExpress(c);
        JsonNode expected = c.expected();
        if (RAN.contains(c.kind())) {
            return new AwsVerdict(Kind.ACCEPTED, null, express, "AWS ran it (" + c.kind() + ")");
        }
        JsonNode validate = expected.get("validate_response");
        if (validate != null) {
            if ("OK".equals(validate.path("result").asText())) {
                return new AwsVerdict(Kind.ACCEPTED, null, express, "ValidateStateMachineDefinition: OK");
            }
            JsonNode first = validate.path("diagnostics").path(0);
            return new AwsVerdict(Kind.REFUSED, first.path("location").asText(null), express,
                    first.path("message").asText());
        }
        String message = apiErrorMessage(expected.get("api_error"));
        if (message.contains("InvalidDefinition") && !message.contains("TestState API does not support")) {
            return new AwsVerdict(Kind.REFUSED, pointerIn(message), express, message);
        }
        return new AwsVerdict(Kind.NOT_ABOUT_THE_DEFINITION, null, express, message);
    }

    private static boolean isExpress(SharedCorpus.Case c) {
        if (c.kind().startsWith("express")) {
            return true;
        }
        if ("EXPRESS".equals(c.json().path("state_machine_type").asText())) {
            return true;
        }
        return "EXPRESS".equals(c.json().path("api_arguments").path("type").asText());
    }

    private static String apiErrorMessage(@Nullable JsonNode apiError) {
        if (apiError == null || apiError.isNull()) {
            return "";
        }
        if (apiError.isTextual()) {
            return apiError.textValue();
        }
        JsonNode error = apiError.path("Error");
        return error.path("Code").asText() + ": " + error.path("Message").asText();
    }

    /** The pointer AWS names at the end of its message ("... at /States/A/Next'"), if any. */
    static @Nullable String pointerIn(String message) {
        Matcher m = AT_POINTER.matcher(message.replace("\n", " "));
        return m.find() ? m.group(1) : null;
    }

    static List<String> acceptedKinds() {
        return List.copyOf(RAN);
    }
}
