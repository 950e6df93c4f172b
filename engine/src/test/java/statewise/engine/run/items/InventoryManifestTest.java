package statewise.engine.run.items;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InventoryManifestTest {

    private static final String MANIFEST = """
            {"destinationBucket": "arn:aws:s3:::inv", "fileFormat": "CSV", "fileSchema": "Bucket, Key, Size",
             "files": [{"key": "a.csv"}, {"key": "b.csv"}]}""";

    @Test
    void manifestNamesTheDestinationBucketTheDataFilesAndTheirColumns() throws ItemReadException {
        InventoryManifest manifest = InventoryManifest.parse(MANIFEST, "s3://inv/manifest.json");
        assertEquals(new InventoryManifest("inv", List.of("a.csv", "b.csv"), List.of("Bucket", "Key", "Size")),
                manifest);
    }

    @Test
    void rowsOfAllDataFilesBecomeItemsInManifestOrder() throws ItemReadException {
        Map<String, String> files = Map.of("a.csv", "\"src\",\"x\",\"1\"\n", "b.csv", "src,y,2\n\nsrc,z,3\n");
        List<String> items = InventoryManifest.parse(MANIFEST, "m").items((bucket, key) -> files.get(key)).stream()
                .map(Object::toString).toList();
        assertEquals(List.of("{\"Bucket\":\"src\",\"Key\":\"x\",\"Size\":\"1\"}",
                "{\"Bucket\":\"src\",\"Key\":\"y\",\"Size\":\"2\"}",
                "{\"Bucket\":\"src\",\"Key\":\"z\",\"Size\":\"3\"}"), items);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            [1] | m:1:1: error wrong-type An S3 Inventory manifest (with fileFormat, fileSchema, destinationBucket \
            and files) must be an object.
            {"fileFormat": "ORC", "fileSchema": "Key", "destinationBucket": "b"} | \
            m:1:2: error invalid-value fileFormat ORC; an ItemReader reads S3 Inventory reports in CSV format only.
            {"fileFormat": "CSV", "destinationBucket": "b"} | \
            m:1:1: error missing-field The S3 Inventory manifest has no fileSchema.
            {"fileFormat": "CSV", "fileSchema": "Key", "destinationBucket": "b", "files": [{}]} | \
            m:1:80: error missing-field Every entry of files needs a key.
            """)
    void malformedManifestIsRefusedWithTheReason(String text, String message) {
        ItemReadException e = assertThrows(ItemReadException.class, () -> InventoryManifest.parse(text, "m"));
        assertEquals(message, e.getMessage());
    }

    @Test
    void manifestProblemNamesTheLineAndColumnOfTheField() {
        String text = """
                {
                  "fileFormat": "CSV",
                  "fileSchema": "Bucket, Key",
                  "destinationBucket": "arn:aws:s3:::inv",
                  "files": [{"key": "a.csv"}, {"size": 3}]
                }
                """;
        ItemReadException e = assertThrows(ItemReadException.class, () -> InventoryManifest.parse(text,
                "s3://inv/manifest.json"));
        assertEquals("s3://inv/manifest.json:5:31: error missing-field Every entry of files needs a key.",
                e.getMessage());
    }

    @Test
    void manifestThatIsNotJsonIsRefusedAtTheLineAndColumnOfTheFault() {
        ItemReadException e = assertThrows(ItemReadException.class, () -> InventoryManifest.parse(
                "{\n  \"fileFormat\": CSV\n}", "m"));
        assertThat(e.getMessage()).startsWith("m:2:17: error syntax-error ");
    }
}
