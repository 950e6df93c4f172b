package statewise.engine.serialize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import statewise.engine.document.AslDocument;
import statewise.engine.document.DocumentFormat;

/**
 * Written with its own key order as the hint, every corpus definition keeps the key order of every object, and
 * the serializer's own output is a fixed point: reading it and writing it again gives the same bytes.
 */
class KeyOrderPreservationTest {

    @ParameterizedTest
    @EnumSource(DocumentFormat.class)
    void everyObjectKeepsItsKeyOrder(DocumentFormat format) {
        AslSerializer serializer = AslSerializer.of(format);
        List<String> failures = new ArrayList<>();
        for (CorpusDefinitions.Definition d : CorpusDefinitions.all()) {
            AslDocument document = d.parse();
            String text = CorpusDefinitions.write(serializer, document, KeyOrder.of(document));
            if (!KeySequences.of(d.text(), DocumentFormat.JSON).equals(KeySequences.of(text, format))) {
                failures.add(d.id() + "\n" + text);
            }
        }
        assertEquals(List.of(), failures);
    }

    @ParameterizedTest
    @EnumSource(DocumentFormat.class)
    void canonicalTextWritesBackByteForByte(DocumentFormat format) {
        AslSerializer serializer = AslSerializer.of(format);
        List<String> failures = new ArrayList<>();
        for (CorpusDefinitions.Definition d : CorpusDefinitions.all()) {
            AslDocument document = d.parse();
            String canonical = CorpusDefinitions.write(serializer, document, KeyOrder.of(document));
            AslDocument again = CorpusDefinitions.read(canonical, format, d.singleState());
            if (!canonical.equals(serializer.convert(again).orElse(null))) {
                failures.add(d.id() + "\n" + canonical);
            }
        }
        assertEquals(List.of(), failures);
    }

    @ParameterizedTest
    @EnumSource(DocumentFormat.class)
    void conventionalTextWritesBackByteForByteWithoutHint(DocumentFormat format) {
        AslSerializer serializer = AslSerializer.of(format);
        List<String> failures = new ArrayList<>();
        for (CorpusDefinitions.Definition d : CorpusDefinitions.all()) {
            String conventional = CorpusDefinitions.write(serializer, d.parse(), KeyOrder.none());
            AslDocument again = CorpusDefinitions.read(conventional, format, d.singleState());
            if (!conventional.equals(CorpusDefinitions.write(serializer, again, KeyOrder.none()))) {
                failures.add(d.id() + "\n" + conventional);
            }
        }
        assertEquals(List.of(), failures);
    }
}
