package statewise.app.shell;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** The warm-up is started by the entry point and again by the launch; only the first start loads anything. */
class StartupWarmUpTest {

    @Test
    void secondStartOfTheWarmUpDoesNothing() {
        StartupWarmUp.start();
        assertFalse(StartupWarmUp.start(), "the warm-up runs once per process");
    }
}
