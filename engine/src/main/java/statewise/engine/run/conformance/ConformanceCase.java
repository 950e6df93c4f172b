package statewise.engine.run.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import statewise.engine.run.ExecutionIdentity;
import statewise.engine.run.WorkflowType;

/**
 * One case of the AWS-recorded conformance corpus ({@code shared/conformance/cases}): a definition, its input,
 * the identity it ran under and what AWS answered. See the corpus README for the meaning of every field.
 *
 * @param id             unique, stable name
 * @param kind           {@code execution}, {@code express_sync_execution}, {@code definition_validation}, ...
 * @param category       the feature area, e.g. {@code choice_operators}
 * @param folder         the folder the case file is in: {@code service-free} or {@code services}
 * @param definition     the ASL definition
 * @param input          the execution input; null for kinds without one
 * @param identity       account, region, names and role from the case's {@code context}
 * @param type           {@code state_machine_type}
 * @param expected       AWS's answer, normalised
 * @param normalization  how AWS's answer was normalised
 * @param localstackMock a ready MockConfigFile ({@code mock_configs}, {@code test_case}), or null
 * @param lambdas        the Lambda handlers the recording deployed, or null
 * @param flags          notes on the recording, e.g. {@code history-not-terminal}
 * @param startTime      when the recording ran (the virtual clock's origin for this case)
 * @param file           where the case was read from
 */
public record ConformanceCase(String id, String kind, String category, String folder, JsonNode definition,
        @Nullable JsonNode input, ExecutionIdentity identity, WorkflowType type, Expectation expected,
        Normalization normalization, @Nullable JsonNode localstackMock, @Nullable JsonNode lambdas,
        List<String> flags, Instant startTime, Path file) {

    public ConformanceCase {
        flags = List.copyOf(flags);
    }

    /** Reads one case file. */
    public static ConformanceCase read(Path file) throws IOException {
        return CaseReader.read(file);
    }

    /** Every case file ({@code *.json}) under {@code dir}, at any depth, sorted by id. */
    public static List<ConformanceCase> readAll(Path dir) throws IOException {
        return CaseReader.readAll(dir);
    }

    /** {@code folder/category}, the key the report counts by. */
    public String group() {
        return folder.isEmpty() ? category : folder + "/" + category;
    }

    public boolean hasFlag(String flag) {
        return flags.contains(flag);
    }
}
