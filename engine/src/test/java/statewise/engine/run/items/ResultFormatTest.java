package statewise.engine.run.items;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResultFormatTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ENTRIES = """
            [{"Status": "SUCCEEDED", "Output": "[1,2]", "Name": "a"},
             {"Status": "FAILED", "Error": "E", "Name": "b"},
             {"Status": "SUCCEEDED", "Output": "{\\"x\\":3}", "Name": "c"}]""";

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            COMPACT | JSON  | [[1,2],{"Status":"FAILED","Error":"E","Name":"b"},{"x":3}]
            FLATTEN | JSON  | [1,2,{"Status":"FAILED","Error":"E","Name":"b"},{"x":3}]
            FLATTEN | JSONL | 1\\n2\\n{"Status":"FAILED","Error":"E","Name":"b"}\\n{"x":3}\\n
            NONE    | JSON  | [{"Status":"SUCCEEDED","Output":"[1,2]","Name":"a"},\
            {"Status":"FAILED","Error":"E","Name":"b"},{"Status":"SUCCEEDED","Output":"{\\"x\\":3}","Name":"c"}]
            """)
    void transformationAndOutputTypeShapeTheResultFile(String transformation, String outputType, String expected)
            throws JsonProcessingException {
        ResultFormat format = ResultFormat.of(transformation, outputType);
        ArrayNode entries = (ArrayNode) JSON.readTree(ENTRIES);
        assertEquals(expected.replace("\\n", "\n"), format.fileText(format.transform(entries)));
    }
}
