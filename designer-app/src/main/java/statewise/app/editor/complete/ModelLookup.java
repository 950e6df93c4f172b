package statewise.app.editor.complete;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import statewise.app.editor.complete.CaretContext.ObjectRef;
import statewise.app.editor.complete.FieldCatalogue.ObjectKind;
import statewise.app.session.StatePointers;
import statewise.app.session.TextDiff;
import statewise.app.session.TextEdit;
import statewise.engine.document.AslDocument;
import statewise.engine.document.JsonPointer;
import statewise.engine.document.SourceMap;
import statewise.engine.model.Catcher;
import statewise.engine.model.ChoiceRule;
import statewise.engine.model.ChoiceState;
import statewise.engine.model.QueryLanguage;
import statewise.engine.model.State;
import statewise.engine.model.StateMachine;
import statewise.engine.model.StateType;

/**
 * Answers completion's questions from the last model that could be read: which object an offset of the current
 * text is in (offsets are mapped across what was typed since that reading), which states share its graph, which
 * fields it may still get and which variables are assigned around it.
 */
final class ModelLookup {

    private final AslDocument model;
    private final Map<String, State> states;
    private final @Nullable TextEdit typedSince;

    ModelLookup(AslDocument model, String text) {
        this.model = model;
        this.states = StatePointers.of(model);
        List<TextEdit> edits = TextDiff.minimal(model.text(), text);
        this.typedSince = edits.isEmpty() ? null : edits.get(0);
    }

    /** The pointer of the object {@code ref} leads to, or null when the model does not know it. */
    @Nullable String objectPointer(ObjectRef ref) {
        int offset = modelOffset(ref.offset());
        if (offset < 0) {
            return null;
        }
        SourceMap map = model.sourceMap();
        String pointer = map.pointerAt(offset);
        SourceMap.Entry entry = map.entry(pointer);
        return switch (ref.via()) {
            case OPEN_BRACKET -> entry != null && entry.valueStartOffset() == offset ? pointer : null;
            case SIBLING_KEY -> entry != null && entry.keyStartOffset() == offset ? JsonPointer.parent(pointer) : null;
            case PARENT_KEY -> entry != null && entry.keyStartOffset() == offset ? pointer : null;
            case NONE -> null;
        };
    }

    /** The fields the object may still get: those of its kind, minus those it has. */
    List<String> fieldsFor(@Nullable String pointer, @Nullable String containerKey) {
        List<String> all = pointer == null ? byContainer(containerKey) : byPointer(pointer, containerKey);
        if (pointer == null) {
            return all;
        }
        List<String> missing = new ArrayList<>();
        for (String field : all) {
            if (!model.sourceMap().contains(JsonPointer.child(pointer, field))) {
                missing.add(field);
            }
        }
        return missing;
    }

    /** The names of the states in the same graph as the state holding {@code objectPointer}. */
    List<String> statesBeside(@Nullable String objectPointer) {
        String state = objectPointer == null ? null : StatePointers.enclosingState(objectPointer, model.kind());
        return statesOfGraph(state == null || state.isEmpty() ? null : StatePointers.graphOf(state));
    }

    /** The names of the states of the graph at {@code graphPointer}; every state name when it is null. */
    List<String> statesOfGraph(@Nullable String graphPointer) {
        Set<String> names = new LinkedHashSet<>();
        states.keySet().forEach(pointer -> {
            if (!pointer.isEmpty() && (graphPointer == null || StatePointers.graphOf(pointer).equals(graphPointer))) {
                names.add(StatePointers.name(pointer));
            }
        });
        return List.copyOf(names);
    }

    /** Variables assigned by states of the graph around {@code objectPointer} and of the graphs enclosing it. */
    List<String> variablesVisibleFrom(@Nullable String objectPointer) {
        String state = objectPointer == null ? null : StatePointers.enclosingState(objectPointer, model.kind());
        String graph = state == null || state.isEmpty() ? JsonPointer.ROOT : StatePointers.graphOf(state);
        Set<String> names = new LinkedHashSet<>();
        states.forEach((pointer, s) -> {
            String own = pointer.isEmpty() ? JsonPointer.ROOT : StatePointers.graphOf(pointer);
            if (own.isEmpty() || graph.equals(own) || graph.startsWith(own + "/")) {
                assigned(s, names);
            }
        });
        return List.copyOf(names);
    }

    private List<String> byPointer(String pointer, @Nullable String containerKey) {
        State state = states.get(pointer);
        if (state != null) {
            StateType type = state.type();
            return FieldCatalogue.stateFields(type, languageOf(state));
        }
        if (pointer.isEmpty()) {
            return FieldCatalogue.fields(ObjectKind.MACHINE, defaultLanguage());
        }
        String last = JsonPointer.lastToken(pointer);
        String holder = JsonPointer.parent(pointer).isEmpty() ? "" : JsonPointer.lastToken(JsonPointer.parent(pointer));
        if (last.equals("ItemProcessor") || last.equals("Iterator")) {
            return FieldCatalogue.fields(ObjectKind.ITEM_PROCESSOR, defaultLanguage());
        }
        if (last.equals("Not")) {
            return byContainer("Choices");
        }
        return last.chars().allMatch(Character::isDigit) ? byContainer(holder) : byContainer(containerKey);
    }

    private List<String> byContainer(@Nullable String key) {
        if (key == null) {
            return List.of();
        }
        QueryLanguage language = defaultLanguage();
        return switch (key) {
            case "Retry" -> FieldCatalogue.fields(ObjectKind.RETRIER, language);
            case "Catch" -> FieldCatalogue.fields(ObjectKind.CATCHER, language);
            case "Choices", "And", "Or", "Not" -> FieldCatalogue.fields(ObjectKind.CHOICE_RULE, language);
            case "Branches" -> FieldCatalogue.fields(ObjectKind.GRAPH, language);
            case "ItemProcessor", "Iterator" -> FieldCatalogue.fields(ObjectKind.ITEM_PROCESSOR, language);
            case "States" -> FieldCatalogue.stateFields(StateType.UNKNOWN, language);
            default -> List.of();
        };
    }

    private QueryLanguage defaultLanguage() {
        StateMachine machine = model.stateMachine();
        return machine == null ? QueryLanguage.JSONPATH : machine.defaultQueryLanguage();
    }

    private QueryLanguage languageOf(State state) {
        return state.effectiveQueryLanguage(defaultLanguage());
    }

    /** An offset of the current text as an offset of the model's text, or -1 inside what was typed since. */
    private int modelOffset(int offset) {
        TextEdit edit = typedSince;
        if (offset < 0 || edit == null || offset < edit.offset()) {
            return offset;
        }
        if (offset >= edit.offset() + edit.replacement().length()) {
            return offset - edit.delta();
        }
        return -1;
    }

    private static void assigned(State state, Set<String> names) {
        names(state.assign(), names);
        List<Catcher> catchers = state.catchers();
        if (catchers != null) {
            catchers.forEach(c -> names(c.assign(), names));
        }
        if (state instanceof ChoiceState choice && choice.choices() != null) {
            for (ChoiceRule rule : choice.choices()) {
                names(rule.assign(), names);
            }
        }
    }

    private static void names(@Nullable JsonNode assign, Set<String> names) {
        if (assign == null || !assign.isObject()) {
            return;
        }
        for (Iterator<String> it = assign.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            names.add(key.endsWith(".$") ? key.substring(0, key.length() - 2) : key);
        }
    }
}
