package statewise.layout.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import statewise.engine.cli.CliStreams;
import statewise.engine.cli.StatewiseCli;

/** The {@code layout} and {@code render} commands run in-process, as users call them. */
class LayoutCommandsTest {

    private static final String DEFINITION = """
            {"StartAt": "Check", "States": {
              "Check": {"Type": "Choice", "Choices": [
                  {"Variable": "$.n", "NumericLessThan": 10, "Next": "Fan"}], "Default": "Bad"},
              "Fan": {"Type": "Parallel", "Branches": [
                  {"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}},
                  {"StartAt": "B", "States": {"B": {"Type": "Wait", "Seconds": 1, "End": true}}}],
                "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Bad"}], "End": true},
              "Bad": {"Type": "Fail", "Error": "TooBig"}}}
            """;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String stdin, String... args) {
        CliStreams streams = new CliStreams(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out, true), new PrintWriter(err, true));
        return StatewiseCli.commandLine(streams, List.of(new LayoutCommand(streams), new RenderCommand(streams)))
                .execute(args);
    }

    @Test
    void layoutPrintsTheIssuesJsonShapeWithPointerIds() throws Exception {
        int exit = run(DEFINITION, "layout", "-", "--format", "json");

        assertEquals(0, exit, err.toString());
        JsonNode root = new ObjectMapper().readTree(out.toString());
        JsonNode a = node(root, "/States/Fan/Branches/0/States/A");
        assertEquals("/States/Fan/Branches/0", a.get("parent").asText());
        assertFalse(a.get("container").asBoolean());
        assertTrue(node(root, "/States/Fan").get("container").asBoolean());
        assertTrue(node(root, "/States/Check").get("parent").isNull());
        for (JsonNode edge : root.get("edges")) {
            assertTrue(List.of("next", "choice", "default", "catch").contains(edge.get("kind").asText()));
            assertTrue(edge.get("points").size() >= 2);
        }
        JsonNode fallback = root.get("edges").findParents("kind").stream()
                .filter(e -> e.get("kind").asText().equals("default")).findFirst().orElseThrow();
        assertEquals("Default", fallback.at("/label/text").asText());
        assertTrue(fallback.at("/label/width").asDouble() > 0);
    }

    @Test
    void renderWithoutOutputPrintsSvgWithNamesAndLabels() {
        int exit = run(DEFINITION, "render", "-");

        assertEquals(0, exit, err.toString());
        String svg = out.toString();
        assertTrue(svg.startsWith("<?xml") && svg.strip().endsWith("</svg>"), svg);
        for (String text : List.of(">Check<", ">Fan<", ">Branch 1<", ">Default<", ">States.ALL<", ">Start<")) {
            assertTrue(svg.contains(text), text);
        }
        assertTrue(svg.contains("stroke-dasharray"), "Catch edges are dashed");
    }

    @Test
    void renderWritesPngAtTwiceTheLayoutSizeInTheDarkTheme() throws Exception {
        Path png = dir.resolve("out.png");
        Path def = Files.writeString(dir.resolve("def.asl.json"), DEFINITION);

        int exit = run("", "render", def.toString(), "-o", png.toString(), "--theme", "dark");

        assertEquals(0, exit, err.toString());
        BufferedImage image = ImageIO.read(png.toFile());
        run("", "layout", def.toString());
        JsonNode root = new ObjectMapper().readTree(out.toString());
        double right = 0;
        for (JsonNode node : root.get("nodes")) {
            right = Math.max(right, node.get("x").asDouble() + node.get("width").asDouble());
        }
        assertTrue(image.getWidth() >= 2 * right, image.getWidth() + " px for content " + right + " wide");
        assertEquals(statewise.themes.Theme.DARK.tokens().colour("surface").rgbValue(),
                image.getRGB(1, 1) & 0xFFFFFF, "dark background");
    }

    @Test
    void renderDrawsWithTheHighContrastThemesTokens() throws Exception {
        Path def = Files.writeString(dir.resolve("def.asl.json"), DEFINITION);

        int exit = run("", "render", def.toString(), "--theme", "high-contrast");

        assertEquals(0, exit, err.toString());
        String choiceBorder = statewise.themes.Theme.HIGH_CONTRAST.tokens().colour("kind-choice").hex();
        assertTrue(out.toString().toLowerCase(java.util.Locale.ROOT).contains(choiceBorder), choiceBorder);
    }

    @Test
    void anUnknownThemeIsAUsageErrorNamingTheThemes() throws Exception {
        Path def = Files.writeString(dir.resolve("def.asl.json"), DEFINITION);

        int exit = run("", "render", def.toString(), "--theme", "sepia");

        assertEquals(2, exit);
        assertTrue(err.toString().contains("expected one of light, dark, high-contrast"), err.toString());
    }

    @Test
    void anUnknownOutputExtensionIsAUsageError() {
        int exit = run(DEFINITION, "render", "-", "-o", dir.resolve("out.gif").toString());

        assertEquals(2, exit);
        assertTrue(err.toString().contains("must end in .svg or .png"), err.toString());
    }

    @Test
    void aMissingFileExitsTwoWithOneLine() {
        int exit = run("", "render", dir.resolve("missing.asl.json").toString());

        assertEquals(2, exit);
        assertEquals("statewise render: " + dir.resolve("missing.asl.json") + ": no such file", err.toString().strip());
    }

    @Test
    void brokenJsonExitsOneAndPointsToValidate() {
        int exit = run("{\"StartAt\": ", "layout", "-");

        assertEquals(1, exit);
        String message = err.toString().strip();
        assertTrue(message.startsWith("statewise layout: <stdin>: cannot be drawn: "), message);
        assertFalse(message.contains("Exception"), message);
        assertEquals("", out.toString());
    }

    private static JsonNode node(JsonNode root, String id) {
        for (JsonNode node : root.get("nodes")) {
            if (node.get("id").asText().equals(id)) {
                return node;
            }
        }
        throw new AssertionError("no node " + id + " in " + root);
    }
}
