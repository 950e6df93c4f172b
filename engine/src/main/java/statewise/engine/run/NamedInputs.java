package statewise.engine.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import statewise.engine.document.JsonPointer;
import statewise.engine.parse.UserFile;
import statewise.engine.parse.UserFileException;

/**
 * The named execution inputs kept next to a workflow ({@code order.asl.json} gives {@code order.asl.inputs.json}): one
 * JSON object whose members are the names and whose values are the inputs. Read here so that a malformed file is
 * reported like every other file next to a workflow, at its line and column.
 */
public final class NamedInputs {

    private NamedInputs() {
    }

    /**
     * The inputs in {@code text}, in file order; {@code source} names the file in messages.
     *
     * @throws UserFileException naming the file, line and column of each problem
     */
    public static Map<String, JsonNode> read(String text, String source) {
        UserFile file = UserFile.read(text, source);
        JsonNode root = file.root();
        if (root == null || !file.object(root, JsonPointer.ROOT, "The named inputs (name to input)")) {
            throw new UserFileException(file.errorLines());
        }
        UserFileException.throwIfErrors(file);
        Map<String, JsonNode> inputs = new LinkedHashMap<>();
        root.fields().forEachRemaining(f -> inputs.put(f.getKey(), f.getValue()));
        return inputs;
    }
}
