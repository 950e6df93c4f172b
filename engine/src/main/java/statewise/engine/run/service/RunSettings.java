package statewise.engine.run.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import statewise.engine.run.Activities;
import statewise.engine.run.TaskResolver;

/**
 * What a workflow's local runs may reach, kept next to its definition ({@code order.asl.json} gives
 * {@code order.asl.run.json}) or given on the command line: {@code allowedHosts} (names HTTP Tasks and Lambda
 * endpoints may call; none by default, loopback included), {@code lambdaEndpoints} (function name → URL),
 * {@code s3Root} (the folder standing in for S3, relative to the settings file) and {@code activities} (the
 * activities that exist; when given, a Task of any other activity fails as on AWS).
 *
 * @param allowedHosts    host names, as {@code --allow-host} takes them
 * @param lambdaEndpoints function name → endpoint, as {@code --lambda-endpoint NAME=URL} takes them
 * @param s3Root          the folder where {@code s3://bucket/key} is {@code bucket/key}, or null for none
 * @param activities      activity ARNs or names, as {@code --activity} takes them; null when none are declared
 */
public record RunSettings(List<String> allowedHosts, Map<String, URI> lambdaEndpoints, @Nullable Path s3Root,
        @Nullable List<String> activities) {

    /** Reaches nothing: no host, no endpoint, no S3 folder; every activity exists. */
    public static final RunSettings NONE = new RunSettings(List.of(), Map.of(), null);

    private static final ObjectMapper JSON = new ObjectMapper();

    public RunSettings {
        allowedHosts = List.copyOf(allowedHosts);
        lambdaEndpoints = Map.copyOf(lambdaEndpoints);
        activities = activities == null ? null : List.copyOf(activities);
    }

    /** Settings that declare no activities. */
    public RunSettings(List<String> allowedHosts, Map<String, URI> lambdaEndpoints, @Nullable Path s3Root) {
        this(allowedHosts, lambdaEndpoints, s3Root, null);
    }

    /** The settings file of a definition file. */
    public static String sidecarName(String definitionFile) {
        String lower = definitionFile.toLowerCase(Locale.ROOT);
        for (String extension : List.of(".json", ".yaml", ".yml")) {
            if (lower.endsWith(extension)) {
                return definitionFile.substring(0, definitionFile.length() - extension.length()) + ".run.json";
            }
        }
        return definitionFile + ".run.json";
    }

    /**
     * The settings in {@code text}, the file {@code source} (relative {@code s3Root}s resolve against its folder).
     *
     * @throws IllegalArgumentException with a message naming the file, the line or the field at fault
     */
    public static RunSettings read(String text, Path source) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(source + " line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": not JSON (" + e.getOriginalMessage() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(source + ": run settings must be a JSON object with any of "
                    + "allowedHosts, lambdaEndpoints, s3Root, activities");
        }
        List<String> hosts = new ArrayList<>();
        for (JsonNode host : root.path("allowedHosts")) {
            if (!host.isTextual()) {
                throw new IllegalArgumentException(source + ": /allowedHosts must hold host names (strings), not "
                        + host);
            }
            hosts.add(host.textValue());
        }
        Map<String, URI> endpoints = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("lambdaEndpoints").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            endpoints.put(entry.getKey(), endpoint(entry.getValue().asText(""),
                    source + ": /lambdaEndpoints/" + entry.getKey()));
        }
        Path s3 = null;
        if (root.hasNonNull("s3Root")) {
            try {
                Path folder = source.toAbsolutePath().getParent();
                String name = root.get("s3Root").asText();
                s3 = folder == null ? Path.of(name) : folder.resolve(name);
            } catch (InvalidPathException e) {
                throw new IllegalArgumentException(source + ": /s3Root is not a folder name: " + e.getMessage());
            }
        }
        return new RunSettings(hosts, endpoints, s3, activities(root, source));
    }

    private static @Nullable List<String> activities(JsonNode root, Path source) {
        if (!root.has("activities")) {
            return null;
        }
        JsonNode declared = root.get("activities");
        if (!declared.isArray()) {
            throw new IllegalArgumentException(source + ": /activities must be an array of activity ARNs or names");
        }
        List<String> activities = new ArrayList<>();
        for (JsonNode activity : declared) {
            if (!activity.isTextual()) {
                throw new IllegalArgumentException(source + ": /activities must hold activity ARNs or names "
                        + "(strings), not " + activity);
            }
            activities.add(activity.textValue());
        }
        return activities;
    }

    /** An endpoint URL ({@code field} names where it was given, for the error message). */
    public static URI endpoint(String url, String field) {
        try {
            URI uri = new URI(url);
            if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())
                    || uri.getHost() == null) {
                throw new IllegalArgumentException(field + ": '" + url + "' is not an http or https URL");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(field + ": '" + url + "' is not a URL (" + e.getReason() + ")");
        }
    }

    /** These settings merged with {@code other}'s (the command line's): lists joined, other's values first. */
    public RunSettings with(RunSettings other) {
        List<String> hosts = new ArrayList<>(allowedHosts);
        hosts.addAll(other.allowedHosts);
        Map<String, URI> endpoints = new LinkedHashMap<>(lambdaEndpoints);
        endpoints.putAll(other.lambdaEndpoints);
        List<String> declared = null;
        if (activities != null || other.activities != null) {
            declared = new ArrayList<>(activities == null ? List.of() : activities);
            declared.addAll(other.activities == null ? List.of() : other.activities);
        }
        return new RunSettings(hosts, endpoints, other.s3Root != null ? other.s3Root : s3Root, declared);
    }

    /** The activities that exist: those declared, or every one when none are. */
    public Activities registry() {
        return activities == null ? Activities.ANY : Activities.of(activities);
    }

    /** {@code next} with these settings' local services in front: local endpoints, then the S3 folder. */
    public TaskResolver resolver(TaskResolver next) {
        TaskResolver resolver = s3Root == null ? next : new LocalS3(s3Root, next);
        return new LocalEndpoints(HostAllowList.of(allowedHosts), lambdaEndpoints, resolver);
    }
}
