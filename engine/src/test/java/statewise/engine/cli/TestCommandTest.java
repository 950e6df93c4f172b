package statewise.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class TestCommandTest {

    @TempDir
    Path dir;

    /** The example suite, copied so that a test may edit it. */
    private Path example() throws IOException, URISyntaxException {
        Path source = Path.of(getClass().getResource("/suite/order.asl.json").toURI()).getParent();
        for (String file : List.of("order.asl.json", "order.mocks.json", "order.asl.tests.json")) {
            Files.copy(source.resolve(file), dir.resolve(file));
        }
        return dir.resolve("order.asl.json");
    }

    @Test
    void theExampleSuitePassesWithItsSidecarAndPrintsCoverage() throws Exception {
        CliRun run = CliRun.of("test", example().toString());

        assertEquals(ExitCodes.OK, run.exitCode(), run.out() + run.err());
        List<String> lines = run.outLines();
        assertTrue(lines.get(0).matches("PASS HappyPath \\(SUCCEEDED, \\d+ ms\\)"), lines.get(0));
        assertEquals(List.of(
                "coverage: states entered: 9 of 9",
                "coverage: Choice ways taken: 4 of 4",
                "coverage:   CheckOrder rule 1 -> OutOfStock: taken 1x",
                "coverage:   CheckOrder rule 2 -> ManualReview: taken 1x",
                "coverage:   CheckOrder rule 3 -> ChargeCard: taken 3x (shares its target: the history cannot tell "
                        + "which rule matched)",
                "coverage:   CheckOrder Default -> ChargeCard: taken 3x (shares its target: the history cannot tell "
                        + "which rule matched)",
                "5 tests, 5 passed, 0 failed"), lines.subList(5, lines.size()));
    }

    @Test
    void aMissedExpectationFailsTheTestWithItsReasonAndExitsOne() throws Exception {
        Path definition = example();
        Path tests = dir.resolve("order.asl.tests.json");
        Files.writeString(tests, Files.readString(tests).replace("\"chargeId\": \"ch_1\"", "\"chargeId\": \"ch_9\""));

        CliRun run = CliRun.of("test", definition.toString());

        assertEquals(ExitCodes.ERRORS, run.exitCode(), run.err());
        assertTrue(run.outLines().get(0).matches("FAIL HappyPath \\(SUCCEEDED, \\d+ ms\\): output does not contain "
                + "the expected members at \\$\\.charge\\.chargeId: expected \"ch_9\", was \"ch_1\""),
                run.outLines().get(0));
        assertEquals("5 tests, 4 passed, 1 failed", run.outLines().get(run.outLines().size() - 1));
    }

    @Test
    void junitXmlHasATestcasePerTestAndAFailureForEachFailedOne() throws Exception {
        Path definition = example();
        Path tests = dir.resolve("order.asl.tests.json");
        Files.writeString(tests, Files.readString(tests).replace("\"Skips\": [\"ChargeCard\"]",
                "\"Skips\": [\"ValidateOrder\"]"));
        Path xml = dir.resolve("out/report.xml");
        Files.createDirectories(xml.getParent());

        CliRun run = CliRun.of("test", definition.toString(), "--junit-xml", xml.toString(), "--format", "json");

        assertEquals(ExitCodes.ERRORS, run.exitCode(), run.err());
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
        Element suite = (Element) document.getElementsByTagName("testsuite").item(0);
        assertEquals("order.asl.json", suite.getAttribute("name"));
        assertEquals("5", suite.getAttribute("tests"));
        assertEquals("1", suite.getAttribute("failures"));
        assertEquals(5, document.getElementsByTagName("testcase").getLength());
        Element failure = (Element) document.getElementsByTagName("failure").item(0);
        assertEquals("NoStock", ((Element) failure.getParentNode()).getAttribute("name"));
        assertEquals("expected not to enter state 'ValidateOrder', but it was entered",
                failure.getAttribute("message"));
        assertTrue(run.out().contains("\"passed\" : false"), run.out());
    }

    @Test
    void aTestNamingAStateTheDefinitionLacksIsBadInput() throws Exception {
        Path definition = example();
        Path tests = dir.resolve("order.asl.tests.json");
        Files.writeString(tests, Files.readString(tests).replace("\"Visits\": [\"ManualReview\"]",
                "\"Visits\": [\"ManualRevue\"]"));

        CliRun run = CliRun.of("test", definition.toString());

        assertEquals(ExitCodes.UNREADABLE, run.exitCode());
        assertEquals(List.of("statewise test: " + tests + ": test 'BigOrder' names state 'ManualRevue', which the "
                + "definition does not have"), run.errLines());
    }

    @Test
    void aMockTestCaseNamingAStateTheDefinitionLacksIsBadInputAtItsLine() throws Exception {
        Path definition = example();
        Path mocks = dir.resolve("order.mocks.json");
        Files.writeString(mocks, Files.readString(mocks).replace("\"NoStock\": {\"ValidateOrder\"",
                "\"NoStock\": {\"ValidateOrdr\""));

        CliRun run = CliRun.of("test", definition.toString());

        assertEquals(ExitCodes.UNREADABLE, run.exitCode(), run.out());
        assertEquals(List.of(mocks + ":9:21: error invalid-value State 'ValidateOrdr' in test case 'NoStock' is not "
                + "in the state machine 'Order' (Task states: ValidateOrder, ChargeCard, PackItem); rename or "
                + "remove it."), run.errLines());
        assertEquals("", run.out());
    }

    @Test
    void aMissingExpectationsFileSaysWhereItLooked() throws Exception {
        Path definition = example();
        Files.delete(dir.resolve("order.asl.tests.json"));

        CliRun run = CliRun.of("test", definition.toString());

        assertEquals(ExitCodes.UNREADABLE, run.exitCode());
        assertEquals(List.of("statewise test: " + dir.resolve("order.asl.tests.json") + ": no expectations file; "
                + "write one (see 'statewise test --help') or name it with --tests"), run.errLines());
    }

    @Test
    void anExpectationsFileWithATypoIsReportedAtItsPosition() throws Exception {
        Path definition = example();
        Path tests = dir.resolve("order.asl.tests.json");
        Files.writeString(tests, Files.readString(tests).replace("\"Status\": \"FAILED\", \"Error\": \"Order",
                "\"Satus\": \"FAILED\", \"Error\": \"Order"));

        CliRun run = CliRun.of("test", definition.toString(), "--tests", tests.toString());

        assertEquals(ExitCodes.UNREADABLE, run.exitCode());
        assertEquals(List.of(tests + ":33:18: error unknown-field 'Satus' is not a member here; use any of Status, "
                + "Output, OutputContains, Error, Cause, Visits, Skips."), run.errLines());
    }

    @Test
    void runSettingsBesideTheDefinitionAnswerADistributedMapsItemReader() throws Exception {
        Path definition = dir.resolve("rows.asl.json");
        Files.writeString(definition, """
                {"StartAt": "Each row", "States": {"Each row": {"Type": "Map",
                  "ItemReader": {"Resource": "arn:aws:states:::s3:getObject", "ReaderConfig": {"InputType": "CSV",
                    "CSVHeaderLocation": "FIRST_ROW"}, "Parameters": {"Bucket": "raw", "Key": "rows.csv"}},
                  "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                    "StartAt": "Keep", "States": {"Keep": {"Type": "Pass", "End": true}}}, "End": true}}}""");
        Files.writeString(dir.resolve("rows.asl.tests.json"), """
                {"Version": 1, "Tests": {"ReadsTheRows": {"Input": {},
                  "Expect": {"Status": "SUCCEEDED", "Output": [{"id": "1"}, {"id": "2"}]}}}}""");
        Files.createDirectories(dir.resolve("bucket/raw"));
        Files.writeString(dir.resolve("bucket/raw/rows.csv"), "id\n1\n2\n");
        Files.writeString(dir.resolve("rows.asl.run.json"), "{\"s3Root\": \"bucket\"}");

        CliRun run = CliRun.of("test", definition.toString());

        assertEquals(ExitCodes.OK, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("1 tests, 1 passed, 0 failed"), run.out());
    }
}
