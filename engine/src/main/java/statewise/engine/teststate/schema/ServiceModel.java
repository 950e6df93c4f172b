package statewise.engine.teststate.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * One AWS service's API model in botocore's {@code service-2.json} format: its operations' output shapes and the
 * shapes they reach. The models ship in the engine's jar and each is read once, the first time a mock of that
 * service is checked, so the engine starts without them; {@link ModelAmendments} puts back the limits AWS's TestState
 * still applies where the model is newer.
 */
final class ServiceModel {

    private static final String FOLDER = "/statewise/engine/teststate/schema/models/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, ServiceModel> LOADED = new ConcurrentHashMap<>();

    private final String name;
    private final JsonNode operations;
    private final JsonNode shapes;

    private ServiceModel(String name, JsonNode model) {
        this.name = name;
        this.operations = model.path("operations");
        this.shapes = model.path("shapes");
        ModelAmendments.apply(name, shapes);
    }

    /**
     * The shipped model named {@code name} (botocore's folder name, e.g. {@code stepfunctions}).
     *
     * @throws IllegalArgumentException when no such model ships (a bug in the integration table)
     */
    static ServiceModel named(String name) {
        return LOADED.computeIfAbsent(name, ServiceModel::read);
    }

    private static ServiceModel read(String name) {
        try (InputStream in = ServiceModel.class.getResourceAsStream(FOLDER + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("No AWS service model named '" + name + "' ships with the engine");
            }
            return new ServiceModel(name, JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the AWS service model '" + name + "'", e);
        }
    }

    /** The name of the operation's output shape, or null when the operation is unknown or answers nothing. */
    @Nullable String outputShape(String operation) {
        JsonNode shape = operations.path(operation).path("output").path("shape");
        return shape.isTextual() ? shape.textValue() : null;
    }

    /** The shape named {@code name}; a model's references always resolve. */
    JsonNode shape(String shapeName) {
        JsonNode shape = shapes.get(shapeName);
        if (shape == null) {
            throw new IllegalStateException("AWS service model '" + name + "' has no shape '" + shapeName + "'");
        }
        return shape;
    }
}
