package statewise.engine.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * Mutations of a definition's tree that stay well-formed JSON but break ASL: required fields removed, {@code Type}
 * changed, transitions pointed at states that do not exist, values of the wrong JSON type, containers nested past
 * the reader's limit, huge strings and numbers, states renamed or emptied, the root replaced. They exercise the
 * binder and the validator rather than the tokenizer.
 */
final class TreeMutator {

    /** Deeper than {@link TreeReader#MAX_NESTING_DEPTH}, shallower than the writers' own limit (1,000). */
    static final int DEEP = 600;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> REQUIRED = List.of("StartAt", "States", "Type", "Next", "End", "Choices",
            "Branches", "ItemProcessor", "Iterator", "Variable", "Resource", "ErrorEquals", "ProcessorConfig");
    private static final List<String> TYPES = List.of("Pass", "Task", "Choice", "Wait", "Succeed", "Fail",
            "Parallel", "Map", "pass", "", "Unknown", "Type");
    private static final List<String> TARGET_FIELDS = List.of("Next", "Default", "StartAt");
    private static final List<String> ODD_STRINGS = List.of("", " ", "$", "$.", "$$", "$..a", "$.a[?(@.b > 1)]",
            "{% %}", "{% $states.input.( %}", "States.Format(", "States.Nope()", "arn:aws:lambda:::", "\u0000",
            "\uD83D\uDE00", "\uD800", "2016-13-45T99:00:00Z", "JSONata", "JSONPath", "States.ALL");

    /** A member of an object or an element of an array, with the container that holds it. */
    private record Slot(JsonNode container, @Nullable String key, int index, JsonNode value) {

        void set(JsonNode replacement) {
            if (container instanceof ObjectNode object) {
                object.set(key, replacement);
            } else {
                ((ArrayNode) container).set(index, replacement);
            }
        }
    }

    private TreeMutator() {
    }

    /** Mutates a copy of {@code tree} once; the original is left alone. */
    static JsonNode mutate(JsonNode tree, SplittableRandom random, StringBuilder log) {
        JsonNode root = tree.deepCopy();
        List<Slot> slots = new ArrayList<>();
        collect(root, slots);
        if (slots.isEmpty() || random.nextInt(20) == 0) {
            return replaceRoot(root, random, log);
        }
        switch (random.nextInt(10)) {
            case 0 -> removeField(slots, random, log);
            case 1 -> changeType(slots, random, log);
            case 2 -> danglingTarget(slots, random, log);
            case 3 -> replaceWithOtherType(slot(slots, random), random, log);
            case 4 -> nestDeep(slot(slots, random), random, log);
            case 5 -> hugeValue(slot(slots, random), random, log);
            case 6 -> emptyContainer(slots, random, log);
            case 7 -> renameMember(slots, random, log);
            case 8 -> oddString(slots, random, log);
            default -> addUnknownField(slots, random, log);
        }
        return root;
    }

    /** How many containers deep the tree goes (a scalar is 0), counted without recursion. */
    static int depth(JsonNode tree) {
        int deepest = 0;
        Deque<Map.Entry<JsonNode, Integer>> open = new ArrayDeque<>();
        open.push(Map.entry(tree, 1));
        while (!open.isEmpty()) {
            Map.Entry<JsonNode, Integer> next = open.pop();
            if (next.getKey().isContainerNode()) {
                deepest = Math.max(deepest, next.getValue());
                next.getKey().forEach(child -> open.push(Map.entry(child, next.getValue() + 1)));
            }
        }
        return deepest;
    }

    private static void collect(JsonNode node, List<Slot> slots) {
        if (node instanceof ObjectNode object) {
            object.properties().forEach(e -> {
                slots.add(new Slot(object, e.getKey(), -1, e.getValue()));
                collect(e.getValue(), slots);
            });
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                slots.add(new Slot(array, null, i, array.get(i)));
                collect(array.get(i), slots);
            }
        }
    }

    private static Slot slot(List<Slot> slots, SplittableRandom random) {
        return slots.get(random.nextInt(slots.size()));
    }

    private static List<Slot> named(List<Slot> slots, List<String> names) {
        return slots.stream().filter(s -> s.key() != null && names.contains(s.key())).toList();
    }

    private static JsonNode replaceRoot(JsonNode root, SplittableRandom random, StringBuilder log) {
        int how = random.nextInt(5);
        log.append(" root(").append(List.of("array", "null", "string", "number", "first-state").get(how)).append(')');
        return switch (how) {
            case 0 -> NODES.arrayNode().add(root);
            case 1 -> NODES.nullNode();
            case 2 -> NODES.textNode(root.toString());
            case 3 -> NODES.numberNode(new BigDecimal("1e999"));
            default -> root.path("States").isObject() && !root.path("States").isEmpty()
                    ? root.path("States").elements().next() : root;
        };
    }

    private static void removeField(List<Slot> slots, SplittableRandom random, StringBuilder log) {
        List<Slot> required = named(slots, REQUIRED);
        Slot victim = !required.isEmpty() && random.nextBoolean() ? required.get(random.nextInt(required.size()))
                : slot(slots, random);
        log.append(" remove(").append(victim.key() != null ? victim.key() : "[" + victim.index() + "]").append(')');
        if (victim.container() instanceof ObjectNode object) {
            object.remove(victim.key());
        } else {
            ((ArrayNode) victim.container()).remove(victim.index());
        }
    }

    private static void changeType(List<Slot> slots, SplittableRandom random, StringBuilder log) {
        List<Slot> types = named(slots, List.of("Type"));
        if (types.isEmpty()) {
            return;
        }
        Slot type = types.get(random.nextInt(types.size()));
        JsonNode value = random.nextInt(5) == 0 ? otherType(type.value(), random, log)
                : NODES.textNode(TextMutator.pick(random, TYPES));
        log.append(" type(").append(value).append(')');
        type.set(value);
    }

    private static void danglingTarget(List<Slot> slots, SplittableRandom random, StringBuilder log) {
        List<Slot> targets = named(slots, TARGET_FIELDS);
        if (targets.isEmpty()) {
            return;
        }
        Slot target = targets.get(random.nextInt(targets.size()));
        String missing = random.nextBoolean() ? "NoSuchState" : target.value().asText() + " ";
        log.append(" dangling(").append(target.key()).append(')');
        target.set(NODES.textNode(missing));
    }

    private static void replaceWithOtherType(Slot slot, SplittableRandom random, StringBuilder log) {
        slot.set(otherType(slot.value(), random, log));
    }

    private static JsonNode otherType(JsonNode value, SplittableRandom random, StringBuilder log) {
        List<JsonNode> options = List.of(NODES.textNode("x"), NODES.numberNode(-1), NODES.numberNode(0.5),
                NODES.booleanNode(true), NODES.nullNode(), NODES.objectNode(), NODES.arrayNode(),
                NODES.arrayNode().add(value.deepCopy()), NODES.objectNode().set("Type", value.deepCopy()));
        JsonNode replacement = options.get(random.nextInt(options.size()));
        log.append(" other-type(").append(replacement.getNodeType()).append(')');
        return replacement;
    }

    private static void nestDeep(Slot slot, SplittableRandom random, StringBuilder log) {
        JsonNode nested = slot.value().deepCopy();
        boolean objects = random.nextBoolean();
        for (int i = 0; i < DEEP; i++) {
            nested = objects ? NODES.objectNode().set("Type", nested) : NODES.arrayNode().add(nested);
        }
        log.append(" nest(").append(DEEP).append(objects ? " objects)" : " arrays)");
        slot.set(nested);
    }

    private static void hugeValue(Slot slot, SplittableRandom random, StringBuilder log) {
        int kind = random.nextInt(4);
        JsonNode value = switch (kind) {
            case 0 -> NODES.textNode(TextMutator.pick(random, TextMutator.CHARACTERS)
                    .repeat(1_000 + random.nextInt(20_000)));
            case 1 -> NODES.numberNode(new BigInteger("123456789012345678901234567890"));
            case 2 -> NODES.numberNode(new BigDecimal(random.nextBoolean() ? "1e999" : "-1e-999"));
            default -> NODES.numberNode(new BigInteger("9".repeat(1 + random.nextInt(2_000))));
        };
        log.append(" huge(").append(value.getNodeType()).append(')');
        slot.set(value);
    }

    private static void emptyContainer(List<Slot> slots, SplittableRandom random, StringBuilder log) {
        List<Slot> containers = slots.stream().filter(s -> s.value().isContainerNode()).toList();
        if (containers.isEmpty()) {
            return;
        }
        Slot slot = containers.get(random.nextInt(containers.size()));
        log.append(" empty(").append(slot.key()).append(')');
        slot.set(slot.value().isObject() ? NODES.objectNode() : NODES.arrayNode());
    }

    /** Renames a member (a state, usually): references to it dangle, or it collides with a sibling's name. */
    private static void renameMember(List<Slot> slots, SplittableRandom random, StringBuilder log) {
        List<Slot> members = slots.stream().filter(s -> s.container() instanceof ObjectNode).toList();
        if (members.isEmpty()) {
            return;
        }
        Slot member = members.get(random.nextInt(members.size()));
        ObjectNode object = (ObjectNode) member.container();
        String name = random.nextBoolean() ? member.key() + "'" : "x".repeat(81 + random.nextInt(3));
        log.append(" rename(").append(member.key()).append(')');
        object.remove(member.key());
        object.set(name, member.value());
    }

    private static void oddString(List<Slot> slots, SplittableRandom random, StringBuilder log) {
        List<Slot> strings = slots.stream().filter(s -> s.value().isTextual()).toList();
        if (strings.isEmpty()) {
            return;
        }
        String odd = TextMutator.pick(random, ODD_STRINGS);
        log.append(" odd-string(").append(Escapes.java(odd)).append(')');
        strings.get(random.nextInt(strings.size())).set(NODES.textNode(odd));
    }

    private static void addUnknownField(List<Slot> slots, SplittableRandom random, StringBuilder log) {
        List<Slot> objects = slots.stream().filter(s -> s.value() instanceof ObjectNode).toList();
        if (objects.isEmpty()) {
            return;
        }
        String name = TextMutator.pick(random, List.of("Unknown", "QueryLanguage", "Assign", "Output", "Arguments",
                "Catch", "Retry", "Parameters", "ResultSelector", "End", "Next", "Comment", ""));
        log.append(" add-field(").append(name).append(')');
        ((ObjectNode) objects.get(random.nextInt(objects.size())).value()).set(name,
                NODES.textNode(TextMutator.pick(random, ODD_STRINGS)));
    }
}
