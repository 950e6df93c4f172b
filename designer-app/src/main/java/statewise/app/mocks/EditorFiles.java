package statewise.app.mocks;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One snapshot of what the mock editor edits: the MockConfigFile and the expectations file, as JSON trees that are
 * never changed once made (every edit builds new trees), so the undo history can keep them as they are.
 *
 * @param mocks the MockConfigFile
 * @param tests the expectations file
 */
record EditorFiles(JsonNode mocks, JsonNode tests) {

    EditorFiles withMocks(JsonNode changed) {
        return new EditorFiles(changed, tests);
    }

    EditorFiles withTests(JsonNode changed) {
        return new EditorFiles(mocks, changed);
    }
}
