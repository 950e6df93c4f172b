package statewise.engine.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import statewise.engine.document.DiagnosticCode;
import statewise.engine.model.QueryLanguage;
import statewise.engine.model.TaskState;

/**
 * A Task's {@code Credentials} name the role to assume: an object with exactly {@code RoleArn} (or, in JSONPath
 * states, {@code RoleArn.$}). AWS: "The field 'RoleArn' is required but was missing".
 */
final class TaskCredentials implements StateRule {

    @Override
    public void checkState(ValidationContext context, StateVisit v) {
        if (!(v.state() instanceof TaskState task) || task.credentials() == null) {
            return;
        }
        JsonNode credentials = task.credentials();
        String pointer = v.field("Credentials");
        if (!credentials.isObject()) {
            context.report(DiagnosticCode.WRONG_TYPE, "'Credentials' must be an object with 'RoleArn'.", pointer);
            return;
        }
        boolean jsonPath = v.queryLanguage() == QueryLanguage.JSONPATH;
        boolean hasRole = credentials.has("RoleArn") || jsonPath && credentials.has("RoleArn.$");
        if (!hasRole) {
            context.report(DiagnosticCode.MISSING_FIELD, "The field 'RoleArn' is required but was missing.",
                    pointer);
        }
        for (Iterator<String> it = credentials.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!field.equals("RoleArn") && !(jsonPath && field.equals("RoleArn.$"))) {
                context.report(DiagnosticCode.UNKNOWN_FIELD, "Field '" + field + "' is not supported in"
                        + " 'Credentials'.", pointer + "/" + field);
            }
        }
        JsonNode role = credentials.get("RoleArn");
        if (role != null && !role.isTextual()) {
            context.report(DiagnosticCode.WRONG_TYPE, "'RoleArn' must be a string.", pointer + "/RoleArn");
        }
    }
}
