package statewise.app.shell;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.logging.Filter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** The launch drops JavaFX's class-path warning and nothing else the {@code javafx} logger says. */
class ClassPathWarningTest {

    @Test
    void onlyTheClassPathWarningIsDropped() {
        EarlyLaunch.quietClassPathWarning();
        Filter filter = Logger.getLogger("javafx").getFilter();

        assertNotNull(filter, "no filter on the javafx logger");
        assertFalse(filter.isLoggable(new LogRecord(Level.WARNING,
                "Unsupported JavaFX configuration: classes were loaded from 'unnamed module @64556451'")));
        assertTrue(filter.isLoggable(new LogRecord(Level.WARNING, "Could not find stylesheet: theme.css")));
        assertTrue(filter.isLoggable(new LogRecord(Level.SEVERE, null)));
    }
}
