package statewise.engine.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import statewise.engine.corpus.ListedCases;
import statewise.engine.corpus.SharedCorpus;
import statewise.engine.document.AslDocument;
import statewise.engine.document.Diagnostic;
import statewise.engine.document.DocumentFormat;
import statewise.engine.parse.AslParser;

/**
 * The validator agrees with AWS on the recorded corpus: zero errors for every definition AWS accepted, and at
 * least one error (at the pointer AWS names, where it names one) for every definition it refused. Cases we
 * knowingly get wrong are listed with the reason in {@code conformance/validator-known-failures.txt}; a listed case
 * that starts passing fails this test too, so the list only shrinks.
 */
class AwsAgreementTest {

    private static final String KNOWN_FAILURES = "/conformance/validator-known-failures.txt";

    @Test
    void validatorAgreesWithAwsOnEveryRecordedDefinition() throws IOException {
        Map<String, String> known = ListedCases.read(KNOWN_FAILURES);
        Map<String, int[]> counts = new TreeMap<>();
        List<String> unexpected = new ArrayList<>();
        List<String> fixedButListed = new ArrayList<>();
        int notVerdicts = 0;
        for (SharedCorpus.Case c : SharedCorpus.conformance()) {
            if (c.definition() == null) {
                continue;
            }
            AwsVerdict verdict = AwsVerdict.of(c);
            if (verdict.kind() == AwsVerdict.Kind.NOT_ABOUT_THE_DEFINITION) {
                notVerdicts++;
                continue;
            }
            String failure = disagreement(c, verdict);
            String category = c.folder() + "/" + verdict.kind().name().toLowerCase(java.util.Locale.ROOT);
            int[] count = counts.computeIfAbsent(category, k -> new int[2]);
            count[1]++;
            if (failure == null) {
                count[0]++;
                if (known.containsKey(c.id())) {
                    fixedButListed.add(c.id());
                }
            } else if (!known.containsKey(c.id())) {
                unexpected.add(c.id() + ": " + failure);
            }
        }
        StringBuilder report = new StringBuilder("Validator agreement with AWS (passed/total):\n");
        counts.forEach((k, v) -> report.append(String.format("  %-28s %4d/%d%n", k, v[0], v[1])));
        report.append(String.format("  %-28s %4d (API answers that are not verdicts on the definition)%n",
                "not-a-definition-verdict", notVerdicts));
        report.append(String.format("  %-28s %4d%n", "knowingly failed", known.size()));
        System.out.print(report);
        assertTrue(unexpected.isEmpty(), () -> unexpected.size() + " disagreements with AWS:\n"
                + String.join("\n", unexpected.subList(0, Math.min(40, unexpected.size()))));
        assertEquals(List.of(), fixedButListed, "these cases now pass: remove them from " + KNOWN_FAILURES);
    }

    /** Null when we agree with AWS, else what differs. */
    static String disagreement(SharedCorpus.Case c, AwsVerdict verdict) throws JsonProcessingException {
        String text = SharedCorpus.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(c.definition());
        AslDocument document = c.kind().startsWith("test_state") && AslParser.looksLikeState(c.definition())
                ? AslParser.parseState(text, DocumentFormat.JSON)
                : AslParser.parse(text, DocumentFormat.JSON);
        List<Diagnostic> errors = Validator.validate(document, ValidationOptions.DEFAULT
                .withExpress(verdict.express())).stream().filter(Diagnostic::isError).toList();
        if (verdict.kind() == AwsVerdict.Kind.ACCEPTED) {
            return errors.isEmpty() ? null : "AWS accepted it, we report " + describe(errors);
        }
        if (errors.isEmpty()) {
            return "AWS refused it (" + verdict.why() + "), we report no error";
        }
        String expected = awsPointer(c, document, verdict.pointer());
        if (expected != null && errors.stream().noneMatch(d -> d.pointer().equals(expected))) {
            return "AWS refused it at " + verdict.pointer() + ", we report " + describe(errors);
        }
        return null;
    }

    /**
     * AWS's pointer in our terms: AWS writes the root as "/", and TestState reports a single state's fields as if
     * the state were {@code /States/<name>} of a state machine (the name given, else "StateName").
     */
    private static String awsPointer(SharedCorpus.Case c, AslDocument document, String pointer) {
        if (pointer == null || pointer.equals("/")) {
            return pointer == null ? null : "";
        }
        if (document.kind() == AslDocument.Kind.STATE && pointer.startsWith("/States/")) {
            int end = pointer.indexOf('/', "/States/".length());
            return end < 0 ? "" : pointer.substring(end);
        }
        return pointer;
    }

    private static String describe(List<Diagnostic> errors) {
        return errors.stream().limit(3).map(d -> d.code() + " at " + d.pointer() + " (" + d.message() + ")")
                .collect(Collectors.joining("; "));
    }
}
