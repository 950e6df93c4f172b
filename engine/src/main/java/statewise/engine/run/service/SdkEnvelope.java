package statewise.engine.run.service;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * The HTTP metadata AWS's optimized integrations add to a service's answer ({@code SdkHttpMetadata},
 * {@code SdkResponseMetadata}), as Step Functions records it: status 200, the response headers, a request id.
 * The request id is derived from a seed, so local runs stay deterministic.
 */
final class SdkEnvelope {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private SdkEnvelope() {
    }

    /** Adds the metadata of a JSON response of {@code bodyBytes} bytes sent at {@code at} to {@code answer}. */
    static ObjectNode wrap(ObjectNode answer, int bodyBytes, Instant at, String seed) {
        String requestId = UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString();
        String date = HTTP_DATE.format(at);
        ObjectNode http = NODES.objectNode();
        ObjectNode all = http.putObject("AllHttpHeaders");
        all.putArray("x-amzn-RequestId").add(requestId);
        all.putArray("connection").add("keep-alive");
        all.putArray("Content-Length").add(Integer.toString(bodyBytes));
        all.putArray("Date").add(date);
        all.putArray("Content-Type").add("application/x-amz-json-1.0");
        ObjectNode headers = http.putObject("HttpHeaders");
        headers.put("connection", "keep-alive");
        headers.put("Content-Length", Integer.toString(bodyBytes));
        headers.put("Content-Type", "application/x-amz-json-1.0");
        headers.put("Date", date);
        headers.put("x-amzn-RequestId", requestId);
        http.put("HttpStatusCode", 200);
        answer.set("SdkHttpMetadata", http);
        answer.putObject("SdkResponseMetadata").put("RequestId", requestId);
        return answer;
    }
}
