package statewise.engine.run.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import statewise.engine.document.DiagnosticCode;
import statewise.engine.document.JsonPointer;
import statewise.engine.parse.UserFile;
import statewise.engine.parse.UserFileException;
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

    private static final List<String> FIELDS = List.of("allowedHosts", "lambdaEndpoints", "s3Root", "activities");

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
     * @throws UserFileException naming the file, line, column and field of each problem
     */
    public static RunSettings read(String text, Path source) {
        UserFile file = UserFile.read(text, source.toString());
        JsonNode root = file.root();
        if (root == null || !file.object(root, JsonPointer.ROOT, "Run settings (" + String.join(", ", FIELDS) + ")")) {
            throw new UserFileException(file.errorLines());
        }
        file.unknownFields(root, JsonPointer.ROOT, FIELDS);
        List<String> hosts = strings(file, root, "allowedHosts", "host names");
        Map<String, URI> endpoints = endpoints(file, root);
        Path s3 = s3Root(file, root, source);
        List<String> activities = root.has("activities") ? strings(file, root, "activities", "activity ARNs or names")
                : null;
        UserFileException.throwIfErrors(file);
        return new RunSettings(hosts, endpoints, s3, activities);
    }

    private static Map<String, URI> endpoints(UserFile file, JsonNode root) {
        Map<String, URI> endpoints = new LinkedHashMap<>();
        JsonNode declared = root.get("lambdaEndpoints");
        if (declared == null
                || !file.object(declared, "/lambdaEndpoints", "'lambdaEndpoints' (function name to URL)")) {
            return endpoints;
        }
        declared.fields().forEachRemaining(entry -> {
            String pointer = JsonPointer.child("/lambdaEndpoints", entry.getKey());
            try {
                endpoints.put(entry.getKey(), endpoint(entry.getValue().asText(""), "The endpoint of '"
                        + entry.getKey() + "'"));
            } catch (IllegalArgumentException e) {
                file.error(DiagnosticCode.INVALID_VALUE, e.getMessage(), pointer);
            }
        });
        return endpoints;
    }

    private static @Nullable Path s3Root(UserFile file, JsonNode root, Path source) {
        JsonNode name = root.get("s3Root");
        if (name == null || name.isNull()) {
            return null;
        }
        if (!name.isTextual()) {
            file.error(DiagnosticCode.WRONG_TYPE, "'s3Root' must be a folder name (a string).", "/s3Root");
            return null;
        }
        try {
            Path folder = source.toAbsolutePath().getParent();
            return folder == null ? Path.of(name.textValue()) : folder.resolve(name.textValue());
        } catch (InvalidPathException e) {
            file.error(DiagnosticCode.INVALID_VALUE, "'s3Root' is not a folder name: " + e.getMessage(), "/s3Root");
            return null;
        }
    }

    /** The strings of the array {@code field}; none when it is absent. */
    private static List<String> strings(UserFile file, JsonNode root, String field, String what) {
        List<String> values = new ArrayList<>();
        JsonNode array = root.get(field);
        String pointer = JsonPointer.child(JsonPointer.ROOT, field);
        if (array == null) {
            return values;
        }
        if (!array.isArray()) {
            file.error(DiagnosticCode.WRONG_TYPE, "'" + field + "' must be an array of " + what + ".", pointer);
            return values;
        }
        for (int i = 0; i < array.size(); i++) {
            JsonNode value = array.get(i);
            if (value.isTextual()) {
                values.add(value.textValue());
            } else {
                file.error(DiagnosticCode.WRONG_TYPE, "'" + field + "' must hold " + what + " (strings), not "
                        + value + ".", JsonPointer.child(pointer, i));
            }
        }
        return values;
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
