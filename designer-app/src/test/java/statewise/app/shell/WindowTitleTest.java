package statewise.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WindowTitleTest {

    @Test
    void theTitleNamesTheDefinitionAndMarksUnsavedChanges() {
        assertEquals("Statewise — order.asl.json", WindowTitle.of("order.asl.json", false));
        assertEquals("Statewise — *order.asl.json", WindowTitle.of("order.asl.json", true));
    }
}
