package statewise.engine.run.mock;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import statewise.engine.document.DiagnosticCode;
import statewise.engine.document.JsonPointer;
import statewise.engine.parse.UserFile;

/** Reads one entry of {@code MockedResponses}, reporting its problems to the mock file. */
final class ResponseReader {

    private static final Pattern KEY = Pattern.compile("(\\d{1,9})(?:-(\\d{1,9}))?");

    private ResponseReader() {
    }

    static MockedResponse read(String name, JsonNode node, String pointer, UserFile reader) {
        List<MockedResponse.Entry> entries = new ArrayList<>();
        if (!reader.object(node, pointer, "A mocked response")) {
            return new MockedResponse(name, entries);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String entryPointer = JsonPointer.child(pointer, field.getKey());
            Matcher key = KEY.matcher(field.getKey());
            if (!key.matches()) {
                reader.error(DiagnosticCode.INVALID_VALUE, "'" + field.getKey() + "' is not an invocation index: "
                        + "use \"0\" for the first invocation, or an inclusive range such as \"1-2\".", entryPointer);
                continue;
            }
            int from = Integer.parseInt(key.group(1));
            int to = key.group(2) == null ? from : Integer.parseInt(key.group(2));
            MockResponse response = response(field.getValue(), entryPointer, reader);
            if (to < from) {
                reader.error(DiagnosticCode.INVALID_VALUE, "The range '" + field.getKey() + "' ends before it "
                        + "starts.", entryPointer);
            } else if (overlap(entries, from, to) != null) {
                reader.error(DiagnosticCode.INVALID_VALUE, "Invocations '" + field.getKey() + "' overlap '"
                        + overlap(entries, from, to) + "': each invocation has one answer.", entryPointer);
            } else if (response != null) {
                entries.add(new MockedResponse.Entry(from, to, response));
            }
        }
        return new MockedResponse(name, entries);
    }

    private static MockedResponse.@Nullable Entry overlap(List<MockedResponse.Entry> entries, int from, int to) {
        return entries.stream().filter(e -> from <= e.to() && e.from() <= to).findFirst().orElse(null);
    }

    private static @Nullable MockResponse response(JsonNode node, String pointer, UserFile reader) {
        if (!reader.object(node, pointer, "A mocked answer")) {
            return null;
        }
        reader.unknownFields(node, pointer, List.of("Return", "Throw"));
        boolean returns = node.has("Return");
        boolean throwing = node.has("Throw");
        if (returns == throwing) {
            reader.error(returns ? DiagnosticCode.CONFLICTING_FIELDS : DiagnosticCode.MISSING_FIELD,
                    "A mocked answer holds exactly one of 'Return' or 'Throw'.", pointer);
            return null;
        }
        if (returns) {
            return new MockResponse.Return(node.get("Return"));
        }
        return thrown(node.get("Throw"), JsonPointer.child(pointer, "Throw"), reader);
    }

    private static @Nullable MockResponse thrown(JsonNode node, String pointer, UserFile reader) {
        if (!reader.object(node, pointer, "'Throw'")) {
            return null;
        }
        reader.unknownFields(node, pointer, List.of("Error", "Cause"));
        JsonNode error = node.get("Error");
        JsonNode cause = node.get("Cause");
        if (error == null || !error.isTextual()) {
            reader.error(error == null ? DiagnosticCode.MISSING_FIELD : DiagnosticCode.WRONG_TYPE,
                    "'Throw' needs an 'Error' name (a string).", error == null ? pointer
                    : JsonPointer.child(pointer, "Error"));
            return null;
        }
        if (cause != null && !cause.isTextual()) {
            reader.error(DiagnosticCode.WRONG_TYPE, "'Cause' must be a string.", JsonPointer.child(pointer, "Cause"));
            return null;
        }
        return new MockResponse.Throw(error.textValue(), cause == null ? null : cause.textValue());
    }
}
