package statewise.engine.edit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import statewise.engine.document.JsonPointer;

/**
 * Compares the JSON tree of the old model with that of the new one ({@link ModelTrees}: a state equal in both is one
 * shared stub) and turns each difference into the smallest text change its notation can make: a scalar replaced in
 * place, a key renamed in place, members removed or inserted between their siblings, and only where that is not
 * possible a whole value rewritten. Equal subtrees
 * are never touched, so their text (formatting, key order, comments) stays byte for byte. Key order does not
 * matter to the model, so members that stay keep the order the text has.
 *
 * <p>Precondition: the old tree is the model of the old text, written with that text's key order. Postcondition:
 * {@link #edits()} turn the old text into one that reads as the new tree, if the notation handled every change;
 * {@link #changed()} holds the new pointers of what was written (a container whose members came or went, and each
 * new member) and {@link #removed()} the old pointers of what went away.
 */
final class TreeDiff {

    private final TextLayout layout;
    private final Notation notation;
    private final ModelTrees trees;
    private final List<TextEdit> edits = new ArrayList<>();
    private final List<String> changed = new ArrayList<>();
    private final List<String> removed = new ArrayList<>();

    TreeDiff(TextLayout layout, Notation notation, ModelTrees trees) {
        this.layout = layout;
        this.notation = notation;
        this.trees = trees;
    }

    List<TextEdit> edits() {
        return edits;
    }

    Set<String> changed() {
        return new LinkedHashSet<>(changed);
    }

    Set<String> removed() {
        return new LinkedHashSet<>(removed);
    }

    /** Compares the value at {@code oldPointer} in the old tree with the one at {@code newPointer} in the new. */
    void compare(String oldPointer, String newPointer, JsonNode before, JsonNode after) {
        if (before.equals(after)) {
            return;
        }
        boolean sameKind = before.isObject() && after.isObject() || before.isArray() && after.isArray();
        if (sameKind && !notation.atomic(oldPointer, before)) {
            int mark = edits.size();
            int changedMark = changed.size();
            int removedMark = removed.size();
            try {
                if (before.isObject()) {
                    objects(oldPointer, newPointer, before, after);
                } else {
                    arrays(oldPointer, newPointer, before, after);
                }
                return;
            } catch (TextLayout.Unpatchable e) {
                edits.subList(mark, edits.size()).clear();
                changed.subList(changedMark, changed.size()).clear();
                removed.subList(removedMark, removed.size()).clear();
            }
        }
        replace(oldPointer, newPointer, before, after);
    }

    private void replace(String oldPointer, String newPointer, JsonNode before, JsonNode after) {
        if (oldPointer.isEmpty()) {
            throw new TextLayout.Unpatchable("the whole document changed");
        }
        notation.replace(oldPointer, trees.whole(before, oldPointer, true), trees.whole(after, newPointer, false),
                edits);
        changed.add(newPointer);
    }

    private void objects(String oldPointer, String newPointer, JsonNode before, JsonNode after) {
        List<String> oldKeys = layout.keys(oldPointer, before);
        int n = oldKeys.size();
        // Each member's value in both trees, looked up once: most members of a large States object are the same stub.
        JsonNode[] oldValues = new JsonNode[n];
        @Nullable JsonNode[] newValues = new JsonNode[n];
        List<String> gone = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String key = oldKeys.get(i);
            oldValues[i] = before.get(key);
            newValues[i] = after.get(key);
            if (newValues[i] == null) {
                gone.add(key);
            }
        }
        List<String> added = new ArrayList<>();
        if (after.size() > n - gone.size()) {
            for (Iterator<String> it = after.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (!before.has(key)) {
                    added.add(key);
                }
            }
        }
        Map<String, String> renames = new LinkedHashMap<>();
        if (gone.size() == added.size()) {
            for (int i = 0; i < gone.size(); i++) {
                renames.put(gone.get(i), added.get(i));
            }
        }
        List<ContainerChange.Child> children = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String key = oldKeys.get(i);
            boolean goes = newValues[i] == null && !renames.containsKey(key);
            children.add(new ContainerChange.Child(JsonPointer.child(oldPointer, key), oldValues[i], goes));
        }
        List<ContainerChange.Insertion> insertions = renames.isEmpty() && !added.isEmpty()
                ? insertions(before, after, oldKeys) : List.of();
        members(new ContainerChange(oldPointer, before, children, insertions), newPointer);
        for (ContainerChange.Insertion insertion : insertions) {
            for (ContainerChange.Member member : insertion.members()) {
                changed.add(JsonPointer.child(newPointer, Objects.requireNonNull(member.key())));
            }
        }
        for (int i = 0; i < n; i++) {
            String key = oldKeys.get(i);
            String newKey = renames.getOrDefault(key, key);
            boolean sameKey = newKey.equals(key);
            JsonNode newValue = sameKey ? newValues[i] : after.get(newKey);
            // The same node in both trees (an unchanged state's stub) compares equal: no pointers needed for it.
            if (newValue == null || newValue == oldValues[i] && sameKey) {
                continue;
            }
            String oldChild = children.get(i).pointer();
            String newChild = JsonPointer.child(newPointer, newKey);
            if (!sameKey) {
                notation.renameKey(oldChild, newKey, edits);
                removed.add(oldChild);
                changed.add(newChild);
            }
            compare(oldChild, newChild, oldValues[i], newValue);
        }
    }

    /**
     * New keys grouped by the nearest key before them (in the new order) that the text already has; only the keys
     * that anchor a group are looked up among the old ones (in text order), not every key. {@code pending} holds the
     * last old key met until a new key needs its index.
     */
    private static List<ContainerChange.Insertion> insertions(JsonNode before, JsonNode after, List<String> oldKeys) {
        Map<Integer, List<ContainerChange.Member>> groups = new LinkedHashMap<>();
        @Nullable String pending = null;
        int anchor = -1;
        for (Iterator<Map.Entry<String, JsonNode>> it = after.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (before.has(field.getKey())) {
                pending = field.getKey();
            } else {
                if (pending != null) {
                    anchor = oldKeys.indexOf(pending);
                    pending = null;
                }
                groups.computeIfAbsent(anchor, a -> new ArrayList<>())
                        .add(new ContainerChange.Member(field.getKey(), field.getValue()));
            }
        }
        List<ContainerChange.Insertion> out = new ArrayList<>();
        groups.forEach((at, members) -> out.add(new ContainerChange.Insertion(at, members)));
        return out;
    }

    private void arrays(String oldPointer, String newPointer, JsonNode before, JsonNode after) {
        int n = before.size();
        int m = after.size();
        int prefix = 0;
        while (prefix < n && prefix < m && before.get(prefix).equals(after.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < n - prefix && suffix < m - prefix
                && before.get(n - 1 - suffix).equals(after.get(m - 1 - suffix))) {
            suffix++;
        }
        int paired = Math.min(n - prefix - suffix, m - prefix - suffix);
        List<ContainerChange.Child> children = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean goes = i >= prefix + paired && i < n - suffix;
            children.add(new ContainerChange.Child(JsonPointer.child(oldPointer, i), before.get(i), goes));
        }
        List<ContainerChange.Member> inserted = new ArrayList<>();
        for (int i = prefix + paired; i < m - suffix; i++) {
            inserted.add(new ContainerChange.Member(null, after.get(i)));
        }
        List<ContainerChange.Insertion> insertions = inserted.isEmpty() ? List.of()
                : List.of(new ContainerChange.Insertion(prefix + paired - 1, inserted));
        members(new ContainerChange(oldPointer, before, children, insertions), newPointer);
        for (int i = prefix + paired; i < m - suffix; i++) {
            changed.add(JsonPointer.child(newPointer, i));
        }
        for (int i = prefix; i < prefix + paired; i++) {
            compare(JsonPointer.child(oldPointer, i), JsonPointer.child(newPointer, i), before.get(i), after.get(i));
        }
    }

    /** Removes and inserts the container's members, or signals that the whole container must be rewritten. */
    private void members(ContainerChange change, String newPointer) {
        boolean removes = change.children().stream().anyMatch(ContainerChange.Child::removed);
        if (!removes && change.insertions().isEmpty()) {
            return;
        }
        if (!notation.members(change, edits)) {
            throw new TextLayout.Unpatchable("members of " + change.pointer());
        }
        for (ContainerChange.Child child : change.children()) {
            if (child.removed()) {
                removed.add(child.pointer());
            }
        }
        changed.add(newPointer);
    }
}
