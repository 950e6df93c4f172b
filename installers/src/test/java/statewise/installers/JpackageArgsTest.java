package statewise.installers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The jpackage calls of every operating system, read as Maven would make them: the argument files the pom's
 * profiles pass (after filtering, from {@code target/jpackage-config}), checked against the options JDK 17's jpackage
 * takes on that system, with every file they name present. Only Linux packages are built here, so this is what
 * catches a typo in the Windows and macOS configuration before someone runs the build there.
 */
class JpackageArgsTest {

    private static final Path CONFIG = Path.of(System.getProperty("statewise.jpackage.config",
            "target/jpackage-config"));
    private static final Path POM = Path.of(System.getProperty("statewise.pom", "pom.xml"));
    private static final Path JVM_OPTIONS = Path.of(System.getProperty("statewise.jvm.options",
            "../designer-app/jvm.options"));
    private static final String CONFIG_PREFIX = "@${statewise.jpackage.config}/";
    /** The class-data-sharing archive the Linux launcher maps, made by lib/app/statewise-cds.sh (src/main/cds). */
    private static final String CDS_OPTION = "-XX:SharedArchiveFile=$APPDIR/statewise.jsa";

    /** Options with a value, on every system (JDK 17 {@code jpackage --help}). */
    private static final Set<String> COMMON = Set.of("--type", "--app-version", "--copyright", "--description",
            "--name", "--dest", "--temp", "--vendor", "--add-modules", "--module-path", "--jlink-options",
            "--runtime-image", "--input", "--app-content", "--main-jar", "--main-class", "--module", "--java-options",
            "--arguments", "--icon", "--add-launcher", "--app-image", "--file-associations", "--install-dir",
            "--license-file", "--resource-dir", "--about-url");
    private static final Map<String, Set<String>> BY_SYSTEM = Map.of(
            "linux", Set.of("--linux-package-name", "--linux-deb-maintainer", "--linux-menu-group",
                    "--linux-package-deps", "--linux-rpm-license-type", "--linux-app-release", "--linux-app-category"),
            "windows", Set.of("--win-menu-group", "--win-upgrade-uuid", "--win-help-url", "--win-update-url"),
            "macos", Set.of("--mac-package-identifier", "--mac-package-name", "--mac-package-signing-prefix",
                    "--mac-signing-keychain", "--mac-signing-key-user-name", "--mac-app-category",
                    "--mac-entitlements"));
    /** Options without a value. */
    private static final Map<String, Set<String>> FLAGS = Map.of(
            "linux", Set.of("--verbose", "--linux-shortcut"),
            "windows", Set.of("--verbose", "--win-console", "--win-dir-chooser", "--win-menu",
                    "--win-per-user-install", "--win-shortcut", "--win-shortcut-prompt"),
            "macos", Set.of("--verbose", "--mac-sign", "--mac-app-store"));
    private static final Map<String, Set<String>> TYPES = Map.of("linux", Set.of("app-image", "deb", "rpm"),
            "windows", Set.of("app-image", "msi", "exe"), "macos", Set.of("app-image", "dmg", "pkg"));
    private static final Map<String, String> ICONS = Map.of("linux", ".png", "windows", ".ico", "macos", ".icns");
    private static final Set<String> ASSOCIATION_KEYS = Set.of("extension", "mime-type", "icon", "description");
    private static final Set<String> LAUNCHER_KEYS = Set.of("module", "main-jar", "main-class", "arguments",
            "java-options", "app-version", "icon", "win-console", "win-shortcut", "win-menu", "linux-shortcut");

    @ParameterizedTest
    @ValueSource(strings = {"linux", "windows", "macos"})
    void everyJpackageCallTakesOnlyOptionsOfItsSystemAndNamesFilesThatExist(String system) throws Exception {
        List<String> problems = new ArrayList<>();
        Map<String, List<String>> calls = calls(system);
        assertTrue(calls.size() >= 2, system + " builds an app image and a package: " + calls.keySet());
        for (Map.Entry<String, List<String>> call : calls.entrySet()) {
            check(system, call.getKey(), call.getValue(), problems);
        }
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest
    @ValueSource(strings = {"linux", "windows", "macos"})
    void thePackagesAssociateBothDefinitionFormatsAndCarryTheCommandLine(String system) throws Exception {
        Map<String, List<String>> calls = calls(system);
        List<String> all = calls.values().stream().flatMap(List::stream).toList();
        List<String> extensions = new ArrayList<>();
        for (int i = 0; i < all.size() - 1; i++) {
            if (all.get(i).equals("--file-associations")) {
                extensions.add(properties(Path.of(all.get(i + 1))).getProperty("extension"));
            }
        }
        assertTrue(extensions.containsAll(List.of("asl.json", "asl.yaml")), system + ": " + extensions);
        switch (system) {
            case "windows" -> assertEquals("true", properties(CONFIG.resolve("windows/cli-launcher.properties"))
                    .getProperty("win-console"), "the command-line launcher needs a console");
            case "linux" -> {
                assertTrue(Files.readString(CONFIG.resolve("linux/postinst")).contains("/usr/bin/statewise"));
                assertTrue(Files.readString(CONFIG.resolve("linux/statewise.spec"))
                        .contains("ln -sf APPLICATION_DIRECTORY/bin/statewise /usr/bin/statewise"));
            }
            default -> assertTrue(Files.readString(CONFIG.resolve("macos/postinstall"))
                    .contains("/usr/local/bin/statewise"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"linux", "windows", "macos"})
    void theAppImageLauncherRunsWithEveryOptionOfTheDesignersJvmOptionsFile(String system) throws Exception {
        List<String> image = calls(system).get("app-image");
        List<String> javaOptions = new ArrayList<>();
        for (int i = 0; i < image.size() - 1; i++) {
            if (image.get(i).equals("--java-options")) {
                javaOptions.add(image.get(i + 1));
            }
        }
        List<String> expected = Files.readAllLines(JVM_OPTIONS).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        int from = Math.max(0, javaOptions.size() - expected.size());
        assertEquals(expected, javaOptions.subList(from, javaOptions.size()),
                "the launcher's last --java-options are " + JVM_OPTIONS + "'s, in order: " + javaOptions);
        assertTrue(javaOptions.contains("-Dstatewise.packaged=true"), javaOptions.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"linux", "windows", "macos"})
    void onlyLinuxLaunchersNameTheClassArchiveThatTheirPackagesMakeWhereTheyInstall(String system) throws Exception {
        List<String> image = calls(system).get("app-image");
        boolean named = false;
        for (int i = 0; i < image.size() - 1; i++) {
            named |= image.get(i).equals("--java-options") && image.get(i + 1).equals(CDS_OPTION);
        }
        if (!system.equals("linux")) {
            assertFalse(named, system + " makes no archive: naming one would start without any class-data sharing");
            return;
        }
        assertTrue(named, "the Linux launcher names " + CDS_OPTION + ": " + image);
        String postinst = Files.readString(CONFIG.resolve("linux/postinst"));
        assertTrue(postinst.contains("/opt/statewise/lib/app/statewise-cds.sh || true"), postinst);
        String prerm = Files.readString(CONFIG.resolve("linux/prerm"));
        assertTrue(prerm.contains("rm -f /opt/statewise/lib/app/statewise.jsa"), prerm);
        String spec = Files.readString(CONFIG.resolve("linux/statewise.spec"));
        assertTrue(spec.contains("APPLICATION_DIRECTORY/lib/app/statewise-cds.sh || :"), spec);
        assertTrue(spec.contains("rm -f APPLICATION_DIRECTORY/lib/app/statewise.jsa"), spec);
    }

    /** Execution id to jpackage arguments, as the pom runs them on {@code system}. */
    private static Map<String, List<String>> calls(String system) throws Exception {
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(POM.toFile());
        Map<String, List<String>> calls = new LinkedHashMap<>();
        Element build = child(pom.getDocumentElement(), "build");
        collect(build, system, calls);
        NodeList profiles = pom.getElementsByTagName("profile");
        for (int i = 0; i < profiles.getLength(); i++) {
            Element profile = (Element) profiles.item(i);
            String id = text(child(profile, "id"));
            if (id.equals(system) || id.startsWith(system + "-")) {
                collect(child(profile, "build"), system, calls);
            }
        }
        return calls;
    }

    private static void collect(Element build, String system, Map<String, List<String>> calls) throws IOException {
        NodeList executions = build.getElementsByTagName("execution");
        for (int i = 0; i < executions.getLength(); i++) {
            Element execution = (Element) executions.item(i);
            Element configuration = child(execution, "configuration");
            if (configuration == null || !text(child(configuration, "executable")).startsWith("${statewise.jpackage}")) {
                continue;
            }
            List<String> arguments = new ArrayList<>();
            NodeList values = configuration.getElementsByTagName("argument");
            for (int j = 0; j < values.getLength(); j++) {
                String value = text((Element) values.item(j)).replace("${statewise.os}", system);
                if (!value.startsWith(CONFIG_PREFIX)) {
                    throw new IllegalStateException("jpackage argument outside an argument file: " + value);
                }
                Path file = CONFIG.resolve(value.substring(CONFIG_PREFIX.length()));
                if (!Files.isRegularFile(file)) {
                    throw new IllegalStateException(text(child(execution, "id")) + ": no argument file " + file);
                }
                arguments.addAll(tokens(Files.readString(file)));
            }
            calls.put(text(child(execution, "id")), arguments);
        }
    }

    private static void check(String system, String call, List<String> arguments, List<String> problems)
            throws IOException {
        Set<String> valued = BY_SYSTEM.get(system);
        for (int i = 0; i < arguments.size(); i++) {
            String option = arguments.get(i);
            if (FLAGS.get(system).contains(option)) {
                continue;
            }
            if (!COMMON.contains(option) && !valued.contains(option)) {
                problems.add(call + ": '" + option + "' is not a jpackage option on " + system);
                continue;
            }
            if (i + 1 >= arguments.size() || isOption(system, arguments.get(i + 1))) {
                problems.add(call + ": " + option + " lacks its value");
                continue;
            }
            String value = arguments.get(++i);
            if (value.contains("${")) {
                problems.add(call + ": " + option + " " + value + " was not filtered");
            }
            checkValue(system, call, option, value, problems);
        }
    }

    /** A value may start with dashes ({@code --jlink-options "--strip-debug"}); an option is one jpackage knows. */
    private static boolean isOption(String system, String word) {
        return COMMON.contains(word) || BY_SYSTEM.get(system).contains(word) || FLAGS.get(system).contains(word);
    }

    private static void checkValue(String system, String call, String option, String value, List<String> problems)
            throws IOException {
        switch (option) {
            case "--type" -> {
                if (!TYPES.get(system).contains(value)) {
                    problems.add(call + ": type " + value + " is not built on " + system);
                }
            }
            case "--icon" -> {
                if (!value.endsWith(ICONS.get(system)) || !Files.isRegularFile(Path.of(value))) {
                    problems.add(call + ": icon " + value + " is missing or not a " + ICONS.get(system));
                }
            }
            case "--resource-dir" -> {
                if (!Files.isDirectory(Path.of(value))) {
                    problems.add(call + ": no resource folder " + value);
                }
            }
            case "--file-associations" -> keys(call, Path.of(value), ASSOCIATION_KEYS, problems);
            case "--add-launcher" -> keys(call, Path.of(value.substring(value.indexOf('=') + 1)), LAUNCHER_KEYS,
                    problems);
            default -> {
            }
        }
    }

    private static void keys(String call, Path file, Set<String> allowed, List<String> problems) throws IOException {
        if (!Files.isRegularFile(file)) {
            problems.add(call + ": no properties file " + file);
            return;
        }
        for (String key : properties(file).stringPropertyNames()) {
            if (!allowed.contains(key)) {
                problems.add(call + ": " + file.getFileName() + " has the unknown key '" + key + "'");
            }
        }
    }

    private static Properties properties(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            properties.load(in);
        }
        return properties;
    }

    /** An argument file's words as jpackage reads them: split at white space, double quotes keep spaces. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean inWord = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                inWord = true;
            } else if (Character.isWhitespace(c) && !quoted) {
                if (inWord) {
                    tokens.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            tokens.add(word.toString());
        }
        return tokens;
    }

    private static Element child(Element parent, String name) {
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element element && element.getTagName().equals(name)) {
                return element;
            }
        }
        return null;
    }

    private static String text(Element element) {
        return element == null ? "" : element.getTextContent().strip();
    }
}
