package statewise.engine.run.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import statewise.engine.parse.UserFileException;

/** The run settings file: what a workflow's local runs may reach, and which activities exist. */
class RunSettingsTest {

    private static final String ARN = "arn:aws:states:us-east-1:111111111111:activity:approve";
    private static final Path FILE = Path.of("flow.asl.run.json");

    @Test
    void declaredActivitiesAreTheOnlyOnesThatExist() {
        RunSettings settings = RunSettings.read("{\"activities\": [\"approve\"]}", FILE);
        assertThat(settings.registry().exists(ARN)).isTrue();
        assertThat(settings.registry().exists(ARN + "2")).isFalse();
        assertThat(RunSettings.NONE.registry().exists(ARN + "2")).isTrue();
    }

    @Test
    void commandLineActivitiesAddToTheFilesOnes() {
        RunSettings merged = RunSettings.read("{\"activities\": [\"approve\"]}", FILE)
                .with(new RunSettings(List.of(), Map.of(), null, List.of("reject")));
        assertThat(merged.activities()).containsExactly("approve", "reject");
    }

    @Test
    void activitiesThatAreNotNamesAreRefusedNamingFileLineColumnAndField() {
        assertThatThrownBy(() -> RunSettings.read("{\"activities\": [\"a\", 1]}", FILE))
                .hasMessage("flow.asl.run.json:1:22: error wrong-type 'activities' must hold activity ARNs or names"
                        + " (strings), not 1.");
        assertThatThrownBy(() -> RunSettings.read("{\"activities\": \"approve\"}", FILE))
                .hasMessage("flow.asl.run.json:1:2: error wrong-type 'activities' must be an array of activity ARNs"
                        + " or names.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"allowedHost": ["localhost"]} | flow.asl.run.json:1:2: error unknown-field Unknown field 'allowedHost'; \
            expected allowedHosts or lambdaEndpoints or s3Root or activities.
            {"lambdaEndpoints": {"pay": "ftp://x"}} | flow.asl.run.json:1:22: error invalid-value The endpoint of \
            'pay': 'ftp://x' is not an http or https URL
            {"s3Root": 7} | flow.asl.run.json:1:2: error wrong-type 's3Root' must be a folder name (a string).
            [] | flow.asl.run.json:1:1: error wrong-type Run settings (allowedHosts, lambdaEndpoints, s3Root, \
            activities) must be an object.
            """)
    void settingsThatDoNotFitAreRefusedNamingFileLineColumnAndField(String text, String message) {
        assertThatThrownBy(() -> RunSettings.read(text, FILE)).isInstanceOf(UserFileException.class)
                .hasMessage(message);
    }

    @Test
    void malformedSettingsAreRefusedAtTheLineAndColumnOfTheFault() {
        assertThatThrownBy(() -> RunSettings.read("{\n  \"s3Root\": \"items\",\n  \"allowedHosts\": [localhost]\n}",
                FILE)).hasMessageStartingWith("flow.asl.run.json:3:20: error syntax-error ");
    }
}
