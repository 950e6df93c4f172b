package statewise.engine.run.items;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The items of an ItemReader on {@code s3:listObjectsV2}: one per object of the listing, shaped as AWS passes
 * them to child executions ({@code Etag}, {@code Key}, {@code LastModified} in epoch seconds, {@code Size},
 * {@code StorageClass}), from the listing's {@code Contents} as S3's ListObjectsV2 answers.
 */
public final class ObjectListing {

    private ObjectListing() {
    }

    /** The items of {@code response}, a ListObjectsV2 answer; {@code source} names the listing in errors. */
    public static List<JsonNode> items(JsonNode response, String source) throws ItemReadException {
        JsonNode contents = response.path("Contents");
        if (contents.isMissingNode()) {
            return List.of();
        }
        if (!contents.isArray()) {
            throw new ItemReadException(source + ": the listing's Contents is not an array.");
        }
        List<JsonNode> items = new ArrayList<>(contents.size());
        for (JsonNode object : contents) {
            ObjectNode item = JsonNodeFactory.instance.objectNode();
            item.set("Etag", object.path("ETag"));
            item.set("Key", object.path("Key"));
            item.put("LastModified", epochSeconds(object.path("LastModified"), source));
            item.set("Size", object.path("Size"));
            item.set("StorageClass", object.path("StorageClass"));
            items.add(item);
        }
        return items;
    }

    private static long epochSeconds(JsonNode value, String source) throws ItemReadException {
        if (value.isNumber()) {
            return value.longValue();
        }
        try {
            return Instant.parse(value.asText()).getEpochSecond();
        } catch (DateTimeParseException e) {
            throw new ItemReadException(source + ": LastModified '" + value.asText() + "' is not an ISO-8601 time.");
        }
    }
}
