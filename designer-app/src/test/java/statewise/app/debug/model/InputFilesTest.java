package statewise.app.debug.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {

    @TempDir
    Path folder;

    @Test
    void inputThatIsNotJsonSaysWhere() {
        InputCheck check = InputCheck.of("{\"a\": 1,\n  oops}");
        assertFalse(check.valid());
        assertTrue(check.problem().contains("line 2"), check.problem());
    }

    @Test
    void emptyInputIsTheEmptyObject() {
        assertEquals("{}", InputCheck.of("  ").value().toString());
    }

    @Test
    void sidecarsAreFoundNextToTheWorkflow() throws IOException {
        Path definition = folder.resolve("order.asl.json");
        Files.writeString(folder.resolve("order.mocks.json"), "{}");
        Files.writeString(folder.resolve("order.asl.tests.json"), "{}");
        WorkflowFiles files = new WorkflowFiles(definition);
        assertEquals(Optional.of(folder.resolve("order.mocks.json")), files.mocks());
        assertEquals(Optional.of(folder.resolve("order.asl.tests.json")), files.tests());
        assertEquals(folder.resolve("order.asl.inputs.json"), files.inputs());
    }

    @Test
    void savedInputsKeepEarlierNames() throws IOException {
        Path file = folder.resolve("order.asl.inputs.json");
        SavedInputs.save(file, "big order", Runs.json("{\"total\": 5000}"));
        SavedInputs.save(file, "small order", Runs.json("{\"total\": 5}"));
        assertEquals(List.of("big order", "small order"), List.copyOf(SavedInputs.read(file).keySet()));
        assertEquals(5000, SavedInputs.read(file).get("big order").path("total").asInt());
    }

    @Test
    void malformedSavedInputsNameTheFileLineAndColumn() throws IOException {
        Path file = folder.resolve("order.asl.inputs.json");
        Files.writeString(file, "{\n  \"big order\": {\"total\": 5000,}\n}");
        IOException e = assertThrows(IOException.class, () -> SavedInputs.read(file));
        assertTrue(e.getMessage().startsWith("order.asl.inputs.json:2:"), e.getMessage());
    }

    @Test
    void memoryKeepsTheNewestInputsFirstAndTheBreakpointsPerWorkflow() throws IOException {
        WorkflowMemory memory = new WorkflowMemory(folder.resolve("debugger.json"));
        WorkflowMemory.Entry entry = WorkflowMemory.Entry.EMPTY;
        for (int i = 0; i < 12; i++) {
            entry = entry.withRecent("{\"n\": " + i + "}");
        }
        entry = entry.withRecent("{\"n\": 5}").withBreakpoints(List.of(StateBreakpoint.at("/States/Charge")));
        memory.store("/a/order.asl.json", entry);
        WorkflowMemory.Entry loaded = memory.load("/a/order.asl.json");
        assertEquals(WorkflowMemory.RECENT_LIMIT, loaded.recentInputs().size());
        assertEquals("{\"n\": 5}", loaded.recentInputs().get(0));
        assertEquals("{\"n\": 11}", loaded.recentInputs().get(1));
        assertEquals(List.of(StateBreakpoint.at("/States/Charge")), loaded.breakpoints());
        assertEquals(WorkflowMemory.Entry.EMPTY, memory.load("/b/other.asl.json"));
    }

    @Test
    void memoryKeepsEachBreakpointsLimitAndReadsPlainOnesAsBefore() throws IOException {
        Path file = folder.resolve("debugger.json");
        WorkflowMemory memory = new WorkflowMemory(file);
        List<StateBreakpoint> breakpoints = List.of(StateBreakpoint.at("/States/Charge"),
                new StateBreakpoint("/States/M/ItemProcessor/States/A", BreakpointLimit.iteration(3)),
                new StateBreakpoint("/States/P/Branches/1/States/B", BreakpointLimit.branch(1)));

        memory.store("/a/order.asl.json", WorkflowMemory.Entry.EMPTY.withBreakpoints(breakpoints));

        assertEquals(breakpoints, memory.load("/a/order.asl.json").breakpoints());
        String text = Files.readString(file);
        assertTrue(text.contains("\"/States/Charge\""), text);
        assertTrue(text.contains("\"mapIteration\" : 3"), text);
    }
}
