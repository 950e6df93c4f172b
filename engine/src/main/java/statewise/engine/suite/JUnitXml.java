package statewise.engine.suite;

import java.io.Writer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a suite's report in the JUnit XML format that Jenkins, GitLab and GitHub test reporters read:
 * {@code <testsuites>} with one {@code <testsuite>} per definition, a {@code <testcase>} per test, a
 * {@code <failure>} (message: the first missed expectation; text: all of them) for each failed one, and the
 * coverage summary as the suite's {@code <system-out>}.
 */
public final class JUnitXml {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss",
            Locale.ROOT).withZone(ZoneOffset.UTC);

    private JUnitXml() {
    }

    /**
     * Writes {@code report} for the definition {@code suiteName} (its file name).
     *
     * @param coverageLines the coverage as text, one line each, for {@code <system-out>}
     * @param startedAt     when the suite started
     */
    public static void write(String suiteName, SuiteReport report, List<String> coverageLines, Instant startedAt,
            Writer out) throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        String tests = Integer.toString(report.outcomes().size());
        String failures = Long.toString(report.failed());
        String time = seconds(report.outcomes().stream().mapToLong(CaseOutcome::millis).sum());
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("testsuites");
        attributes(xml, "name", "statewise", "tests", tests, "failures", failures, "errors", "0", "time", time);
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testsuite");
        attributes(xml, "name", suiteName, "tests", tests, "failures", failures, "errors", "0", "skipped", "0",
                "time", time, "timestamp", TIMESTAMP.format(startedAt.truncatedTo(ChronoUnit.SECONDS)));
        for (CaseOutcome outcome : report.outcomes()) {
            xml.writeCharacters("\n    ");
            if (outcome.passed()) {
                xml.writeEmptyElement("testcase");
                testcaseAttributes(xml, suiteName, outcome);
                continue;
            }
            xml.writeStartElement("testcase");
            testcaseAttributes(xml, suiteName, outcome);
            xml.writeCharacters("\n      ");
            xml.writeStartElement("failure");
            attributes(xml, "message", outcome.failures().get(0), "type", "ExpectationFailed");
            xml.writeCharacters(String.join("\n", outcome.failures()));
            xml.writeEndElement();
            xml.writeCharacters("\n    ");
            xml.writeEndElement();
        }
        xml.writeCharacters("\n    ");
        xml.writeStartElement("system-out");
        xml.writeCharacters(String.join("\n", coverageLines));
        xml.writeEndElement();
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
        xml.flush();
    }

    private static void testcaseAttributes(XMLStreamWriter xml, String suiteName, CaseOutcome outcome)
            throws XMLStreamException {
        attributes(xml, "name", outcome.testCase().name(), "classname", suiteName, "time", seconds(outcome.millis()));
    }

    private static void attributes(XMLStreamWriter xml, String... namesAndValues) throws XMLStreamException {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            xml.writeAttribute(namesAndValues[i], namesAndValues[i + 1]);
        }
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }
}
