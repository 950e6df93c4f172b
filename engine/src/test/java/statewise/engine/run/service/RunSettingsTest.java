package statewise.engine.run.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

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
    void activitiesThatAreNotNamesAreRefusedNamingFileAndField() {
        assertThatThrownBy(() -> RunSettings.read("{\"activities\": [1]}", FILE))
                .hasMessage("flow.asl.run.json: /activities must hold activity ARNs or names (strings), not 1");
        assertThatThrownBy(() -> RunSettings.read("{\"activities\": \"approve\"}", FILE))
                .hasMessage("flow.asl.run.json: /activities must be an array of activity ARNs or names");
    }
}
