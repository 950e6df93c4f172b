package statewise.engine.teststate.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Where AWS's TestState checks a mocked result against an older limit than the shipped botocore model holds. The
 * models follow the public SDKs, and Step Functions adopts a service's new limits later (or not at all); where the
 * two disagree, the recorded AWS answers win (see {@code ../shared/conformance/README.md}).
 *
 * <p>Lambda's {@code MemorySize} maximum: botocore's model allows 32,768 MB since Lambda Managed Instances were
 * released in the SDKs on 1 December 2025 (the AWS SDK for .NET's changelog, 3.7.1175.0 of 2025-12-01: "Launching
 * Lambda Managed Instances"; standard functions stay at 10,240 MB). AWS's TestState still refused a mocked
 * {@code MemorySize} of 10,241 with "exceeds the maximum value" on 3 December 2025, in STRICT and in PRESENT mode
 * (two recordings). No source names a later day on which TestState moved to 32,768, so the recorded limit holds on
 * every day until a recording shows otherwise.
 */
final class ModelAmendments {

    /**
     * One replaced member of a shape.
     *
     * @param model  botocore's folder name of the service
     * @param shape  the shape's name
     * @param member the shape's field to replace ({@code max}, {@code min})
     * @param value  what AWS's TestState applies
     */
    record Amendment(String model, String shape, String member, long value) {
    }

    static final List<Amendment> ALL = List.of(new Amendment("lambda", "MemorySize", "max", 10_240));

    private ModelAmendments() {
    }

    /** Applies the amendments of {@code model} to its {@code shapes} in place. */
    static void apply(String model, JsonNode shapes) {
        for (Amendment amendment : ALL) {
            if (amendment.model().equals(model) && shapes.get(amendment.shape()) instanceof ObjectNode shape) {
                shape.put(amendment.member(), amendment.value());
            }
        }
    }
}
