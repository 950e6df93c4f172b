package statewise.engine.run.conformance;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Python's {@code str} of a value that {@code json.loads} made ({@code dict}, {@code list}, {@code str},
 * {@code int}, {@code float}, {@code bool}, {@code None}), for the corpus handler that formats its event into a
 * string ({@link CorpusLambdaHandler#RETURN_DECORATED_INPUT}): a string as it is, anything else as {@code repr}
 * writes it ({@link PythonJson.Dialect#REPR}).
 */
final class PythonRepr {

    private PythonRepr() {
    }

    /** {@code str(value)}: a string as it is, anything else as its {@code repr}. */
    static String str(JsonNode value) {
        return value.isTextual() ? value.textValue() : PythonJson.write(value, PythonJson.Dialect.REPR);
    }
}
