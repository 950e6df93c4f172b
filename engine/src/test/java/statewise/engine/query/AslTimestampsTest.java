package statewise.engine.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AslTimestampsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2016-08-18T17:33:00Z              | 2016-08-18T17:33:00Z
            2016-08-18T17:33:00.5Z            | 2016-08-18T17:33:00.500Z
            2026-11-22T02:25:26.000000Z       | 2026-11-22T02:25:26Z
            2016-08-18T18:33:00+01:00         | 2016-08-18T17:33:00Z
            2016-08-18T17:33:00.123456789-00:30 | 2016-08-18T18:03:00.123456789Z
            """)
    void readsRfc3339Timestamps(String text, String instant) {
        assertEquals(Instant.parse(instant), AslTimestamps.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2016-08-18", "2016-08-18T17:33:00", "2026-11-22T02:25:26.000000",
        "2016-08-18 17:33:00Z", "2016-08-18t17:33:00z", "2016-13-05T21:29:29Z", "2016-12-05T25:29:29Z",
        "2016-08-18T17:33:00+0100", "2016-02-30T00:00:00Z", "", "HelloWorld"})
    void refusesWhatIsNoAslTimestamp(String text) {
        assertNull(AslTimestamps.parse(text));
    }
}
