package statewise.engine.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import statewise.engine.parse.AslParser;

class SourceMapTest {

    private static final String NESTED = "{\"a/b\": {\"m~n\": [10, {\"0\": true}]}, \"\": \"e\"}";

    @Test
    void valueAnchorUnderlinesAOneLineValueAndFallsBackToTheKeyOtherwise() {
        String text = "{\"a\": \"x\",\n \"b\": [1,\n 2],\n \"c\": [\n {\"d\": 1}]}";
        AslDocument document = AslParser.parse(text, DocumentFormat.JSON);
        SourceMap map = document.sourceMap();

        assertEquals("\"x\"", text(document, map.locate("/a", SpanAnchor.VALUE)));
        assertEquals("\"a\"", text(document, map.locate("/a", SpanAnchor.KEY)));
        assertEquals("\"b\"", text(document, map.locate("/b", SpanAnchor.VALUE)));
        assertEquals("{\"d\": 1}", text(document, map.locate("/c/0", SpanAnchor.VALUE)));
        assertEquals("\"a\"", text(document, map.locate("/a/missing", SpanAnchor.VALUE)));
    }

    @Test
    void membersArrayElementsAndEscapedKeysAreFoundByPointer() {
        AslDocument document = AslParser.parse(NESTED, DocumentFormat.JSON);
        SourceMap map = document.sourceMap();

        assertEquals(NESTED, value(document, ""));
        assertEquals("{\"m~n\": [10, {\"0\": true}]}", value(document, "/a~1b"));
        assertEquals("[10, {\"0\": true}]", value(document, "/a~1b/m~0n"));
        assertEquals("10", value(document, "/a~1b/m~0n/0"));
        assertEquals("{\"0\": true}", value(document, "/a~1b/m~0n/1"));
        assertEquals("true", value(document, "/a~1b/m~0n/1/0"));
        assertEquals("\"e\"", value(document, "/"));
        assertEquals("\"m~n\"", text(document, map.keySpan("/a~1b/m~0n")));
        assertNull(map.keySpan("/a~1b/m~0n/1"));
        assertEquals(Set.of("", "/a~1b", "/a~1b/m~0n", "/a~1b/m~0n/0", "/a~1b/m~0n/1", "/a~1b/m~0n/1/0", "/"),
                map.pointers());
        assertEquals(7, map.size());
    }

    @Test
    void pointersThatNameNoElementAreNotFound() {
        SourceMap map = AslParser.parse(NESTED, DocumentFormat.JSON).sourceMap();

        for (String absent : List.of("/a~1b/m~0n/2", "/a~1b/m~0n/01", "/a~1b/m~0n/-1", "/a/b", "a~1b", "/a~1b/x",
                "/a~1b/m~0n/0/0", "/a~1b/m~0n/1/00", "//")) {
            assertFalse(map.contains(absent), absent);
            assertNull(map.entry(absent), absent);
        }
        assertFalse(SourceMap.empty().contains(""));
        assertEquals(0, SourceMap.empty().size());
    }

    @Test
    void memberKeysListAnObjectsKeysAsWrittenAndNothingForArraysOrRepeatedKeys() {
        SourceMap map = AslParser.parse("{\"b\": {\"z\": 1, \"a/x\": [2, {\"k\": 3}]}, \"a\": {}}",
                DocumentFormat.JSON).sourceMap();
        SourceMap yaml = AslParser.parse("b:\n  z: 1\n  y:\n    - q: 2\n  a: 3\n", DocumentFormat.YAML).sourceMap();
        SourceMap repeated = AslParser.parse("{\"A\": 1, \"B\": {\"c\": 0}, \"A\": 2}", DocumentFormat.JSON)
                .sourceMap();

        assertEquals(List.of("b", "a"), map.memberKeys(""));
        assertEquals(List.of("z", "a/x"), map.memberKeys("/b"));
        assertEquals(List.of("k"), map.memberKeys("/b/a~1x/1"));
        assertEquals(List.of(), map.memberKeys("/a"));
        assertNull(map.memberKeys("/b/a~1x"));
        assertNull(map.memberKeys("/missing"));
        assertEquals(List.of("z", "y", "a"), yaml.memberKeys("/b"));
        assertEquals(List.of("q"), yaml.memberKeys("/b/y/0"));
        assertNull(repeated.memberKeys("/B"));
    }

    @Test
    void aRepeatedKeyIsFoundAsItsLastValueAndTheEarlierMembersStayFindable() {
        String text = "{\"A\": {\"x\": 1}, \"B\": 0, \"A\": {\"y\": 2}}";
        AslDocument document = AslParser.parse(text, DocumentFormat.JSON);
        SourceMap map = document.sourceMap();

        assertEquals("{\"y\": 2}", value(document, "/A"));
        assertEquals("1", value(document, "/A/x"));
        assertEquals("2", value(document, "/A/y"));
        assertEquals(Set.of("", "/A", "/A/x", "/B", "/A/y"), map.pointers());
        assertEquals(5, map.size());
        assertEquals("/A/x", map.pointerAt(text.indexOf("1")));
        assertEquals("/A", map.pointerAt(text.lastIndexOf("{")));
    }

    @Test
    void pointerAtGivesTheDeepestElementAroundAnOffset() {
        SourceMap map = AslParser.parse(NESTED, DocumentFormat.JSON).sourceMap();

        assertEquals("/a~1b/m~0n/1/0", map.pointerAt(NESTED.indexOf("true") + 1));
        assertEquals("/a~1b/m~0n/0", map.pointerAt(NESTED.indexOf("10")));
        assertEquals("/a~1b", map.pointerAt(NESTED.indexOf("\"a/b\"")));
        assertEquals("", map.pointerAt(0));
    }

    @Test
    void forEachVisitsEveryPointerOnceWithItsEntryParentsFirst() {
        List<String> texts = List.of(NESTED, "{\"A\": {\"x\": [1]}, \"A\": {\"y\": 2}}",
                "StartAt: A\nStates:\n  A: {}\n");
        for (String text : texts) {
            SourceMap map = AslParser.parse(text).sourceMap();
            Map<String, SourceMap.Entry> visited = new LinkedHashMap<>();
            map.forEach((pointer, entry) -> assertNull(visited.put(pointer, entry), pointer));

            assertEquals(map.pointers(), visited.keySet());
            List<String> order = new ArrayList<>(visited.keySet());
            visited.forEach((pointer, entry) -> {
                SourceMap.Entry found = Objects.requireNonNull(map.entry(pointer), pointer);
                assertEquals(found.value(), entry.value(), pointer);
                assertEquals(found.key(), entry.key(), pointer);
                assertTrue(pointer.isEmpty() || order.indexOf(JsonPointer.parent(pointer)) < order.indexOf(pointer),
                        pointer);
            });
        }
    }

    @Test
    void forEachLeavesOutTheMembersOfElementsNotToDescendInto() {
        List<String> texts = List.of(NESTED, "{\"a/b\": {\"x\": [1]}, \"a/b\": {\"m~n\": [2, [3]]}, \"\": \"e\"}");
        for (String text : texts) {
            SourceMap map = AslParser.parse(text).sourceMap();
            List<String> visited = new ArrayList<>();
            map.forEach(pointer -> !pointer.equals("/a~1b/m~0n"), (pointer, entry) -> {
                assertEquals(Objects.requireNonNull(map.entry(pointer), pointer).value(), entry.value(), pointer);
                visited.add(pointer);
            });

            List<String> expected = new ArrayList<>();
            map.forEach((pointer, entry) -> {
                if (!pointer.startsWith("/a~1b/m~0n/")) {
                    expected.add(pointer);
                }
            });
            assertEquals(expected, visited, text);
        }
    }

    @Test
    void forEachWithinVisitsWhatForEachVisitsOfOneSubtreeInTheSameOrder() {
        List<String> texts = List.of(NESTED, "{\"a/b\": {\"x\": [1]}, \"a/b\": {\"m~n\": [2, [3]]}, \"\": \"e\"}",
                "StartAt: A\nStates:\n  A: {}\n  AB:\n    Type: Pass\n");
        for (String text : texts) {
            SourceMap map = AslParser.parse(text).sourceMap();
            List<String> subtrees = new ArrayList<>(map.pointers());
            subtrees.add("/nothing/here");
            for (String subtree : subtrees) {
                List<String> visited = new ArrayList<>();
                map.forEachWithin(subtree, (pointer, entry) -> {
                    assertEquals(Objects.requireNonNull(map.entry(pointer), pointer).value(), entry.value(), pointer);
                    visited.add(pointer);
                });

                List<String> expected = new ArrayList<>();
                map.forEach((pointer, entry) -> {
                    if (pointer.equals(subtree) || pointer.startsWith(subtree + "/")) {
                        expected.add(pointer);
                    }
                });
                assertEquals(expected, visited, text + " within " + subtree);
            }
        }
    }

    private static String value(AslDocument document, String pointer) {
        return text(document, document.sourceMap().valueSpan(pointer));
    }

    private static String text(AslDocument document, @Nullable SourceSpan span) {
        assertNotNull(span);
        return document.text().substring(span.startOffset(), span.endOffset());
    }
}
