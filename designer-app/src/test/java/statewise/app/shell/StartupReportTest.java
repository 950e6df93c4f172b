package statewise.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class StartupReportTest {

    /** What {@code designer-app/bench/cold-start.sh} picks out of the line, one sed expression per figure. */
    private static final Pattern READ_BY_THE_BENCHMARK = Pattern.compile("^startup: first frame (\\d+) ms, "
            + "ready (\\d+) ms after the JVM started \\(cpu (-?\\d+) ms\\); ready at (\\d+) ms since the epoch$");

    @Test
    void startupLineCarriesTheFiguresTheColdStartBenchmarkReads() {
        String line = StartupReport.line(912, 1480, 1_795_359_866_665L);

        Matcher figures = READ_BY_THE_BENCHMARK.matcher(line);
        assertTrue(figures.matches(), line);
        assertEquals("912", figures.group(1));
        assertEquals("1480", figures.group(2));
        assertTrue(Long.parseLong(figures.group(3)) > 0, "this process has used processor time: " + line);
        assertEquals("1795359866665", figures.group(4));
    }
}
