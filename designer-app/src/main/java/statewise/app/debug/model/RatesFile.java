package statewise.app.debug.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import statewise.app.files.AtomicFiles;
import statewise.engine.cost.Rates;

/**
 * The cost rates the user set, kept in the settings folder in the format {@code statewise run --cost --rates @FILE}
 * reads ({@link Rates#MEMBERS}), so the designer and the command line can price runs alike. No file means AWS's
 * public US East prices.
 *
 * @param file where the rates are kept
 */
public record RatesFile(Path file) {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /**
     * The rates in the file; {@link Rates#US_EAST_1} when there is none.
     *
     * @throws IOException when the file cannot be read or does not hold valid rates, with a message for the user
     */
    public Rates load() throws IOException {
        if (!Files.isRegularFile(file)) {
            return Rates.US_EAST_1;
        }
        JsonNode json;
        try {
            json = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IOException(file.getFileName() + " is not JSON: " + e.getOriginalMessage(), e);
        }
        Rates.Read read = Rates.read(json == null ? JSON.nullNode() : json, Rates.US_EAST_1);
        if (read.rates() == null) {
            throw new IOException(file.getFileName() + ": " + read.problem());
        }
        return read.rates();
    }

    /** Whether {@code a} and {@code b} charge the same ({@code 1.0} and {@code 1.00} are the same price). */
    public static boolean same(Rates a, Rates b) {
        return a.standardPerThousandTransitions().compareTo(b.standardPerThousandTransitions()) == 0
                && a.expressPerMillionRequests().compareTo(b.expressPerMillionRequests()) == 0
                && a.expressPerGbHour().compareTo(b.expressPerGbHour()) == 0
                && Objects.equals(a.expressMemoryMb(), b.expressMemoryMb());
    }

    /** Keeps {@code rates}; the defaults are kept by removing the file. */
    public void save(Rates rates) throws IOException {
        if (same(rates, Rates.US_EAST_1)) {
            Files.deleteIfExists(file);
            return;
        }
        ObjectNode json = JSON.createObjectNode();
        json.put("standardPerThousandTransitions", rates.standardPerThousandTransitions());
        json.put("expressPerMillionRequests", rates.expressPerMillionRequests());
        json.put("expressPerGbHour", rates.expressPerGbHour());
        if (rates.expressMemoryMb() != null) {
            json.put("expressMemoryMb", rates.expressMemoryMb());
        }
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        AtomicFiles.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n");
    }
}
