package statewise.engine.query;

import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;

/**
 * Reads a compiled path in a scope and words its failures as AWS does. AWS has two wordings for a path that
 * selects nothing: payload templates ({@code "key.$"}) and the Fail state's {@code ErrorPath}/{@code CausePath} say
 * "The JSONPath '$.x' specified for the field 'key.$' could not be found in the input '{...}'", where the input is
 * the compact JSON of the document searched (the state input for {@code $}, the context object for {@code $$});
 * the other fields ({@code InputPath}, {@code OutputPath}, {@code ItemsPath}...) say "Invalid path '$.x' : " and
 * Jayway's reason. A path reading {@code $} when the input is null fails before it is read.
 */
final class PathReads {

    private static final String NULL_INPUT = "Unable to apply Path transformation to null or empty input.";

    private PathReads() {
    }

    /** The value {@code path} selects in {@code scope}, or null when it selects nothing. */
    static @Nullable JsonNode find(CompiledPath path, PathScope scope, boolean strict) {
        JsonNode document = path.document(scope);
        if (document == null) {
            return null;
        }
        if (path.root() == AslPath.Root.INPUT && document.isNull()) {
            throw QueryFailure.runtime(NULL_INPUT);
        }
        return path.find(document, strict);
    }

    /** The value {@code path} selects, or the failure AWS reports for {@code field}. */
    static JsonNode select(CompiledPath path, PathScope scope, String field) {
        JsonNode value = find(path, scope, false);
        if (value == null) {
            throw notFound(path, scope, field);
        }
        return value;
    }

    /** The failure for a path that selected nothing while evaluating {@code field}. */
    static QueryFailure notFound(CompiledPath path, PathScope scope, String field) {
        JsonNode document = path.document(scope);
        if (isPayloadField(field)) {
            return QueryFailure.runtime("The JSONPath '" + path.text() + "' specified for the field '" + field
                    + "' could not be found in the input '" + JsonText.compact(searched(document, scope)) + "'");
        }
        return QueryFailure.runtime("Invalid path '" + path.text() + "' : " + path.missReason(document));
    }

    /** The document a failure message shows: the one searched, or the state input for an undefined variable. */
    static JsonNode searched(@Nullable JsonNode document, PathScope scope) {
        return document == null ? scope.input() : document;
    }

    private static boolean isPayloadField(String field) {
        return field.endsWith(".$") || field.equals("ErrorPath") || field.equals("CausePath");
    }
}
