package statewise.engine.edit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import statewise.engine.document.JsonPointer;

/**
 * Changes YAML text in place, block style. A changed scalar keeps its quotes; a changed block value is rewritten
 * from its key; a new member goes on its own line after its sibling, at the sibling's column; a removed member
 * takes its lines with it (its comments too, but not the comment lines after it). Members go in on lines of
 * their own, so that a removal and an insertion next to it never overlap. Flow-style containers
 * ({@code [a, b]}, <code>{}</code>) are rewritten whole, on one line. Comments and blank lines elsewhere are kept.
 */
final class YamlNotation implements Notation {

    private final TextLayout layout;
    private final ModelTrees trees;

    YamlNotation(TextLayout layout, ModelTrees trees) {
        this.layout = layout;
        this.trees = trees;
    }

    @Override
    public boolean atomic(String pointer, JsonNode oldValue) {
        return oldValue.isContainerNode() && isFlow(pointer);
    }

    private boolean isFlow(String pointer) {
        char c = layout.charAt(layout.valueStart(pointer));
        return c == '{' || c == '[';
    }

    /** Where the value's text really ends: its last scalar, not the comments and blank lines after it. */
    int contentEnd(String pointer, JsonNode value) {
        JsonNode node = trees.whole(value, pointer, true);
        if (!node.isContainerNode() || node.isEmpty() || isFlow(pointer)) {
            return layout.valueEnd(pointer);
        }
        List<String> children = layout.children(pointer, node);
        String last = children.get(children.size() - 1);
        return contentEnd(last, node.isObject() ? node.get(JsonPointer.lastToken(last))
                : node.get(Integer.parseInt(JsonPointer.lastToken(last))));
    }

    @Override
    public void replace(String pointer, JsonNode oldValue, JsonNode newValue, List<TextEdit> out) {
        int start = layout.valueStart(pointer);
        boolean flow = oldValue.isContainerNode() && isFlow(pointer);
        if (!newValue.isContainerNode() && (!oldValue.isContainerNode() || flow)) {
            int end = layout.valueEnd(pointer);
            out.add(new TextEdit(start, end - start, scalar(pointer, newValue, layout.slice(start, end))));
        } else if (flow && !(oldValue.isEmpty() && !newValue.isEmpty())) {
            out.add(new TextEdit(start, layout.valueEnd(pointer) - start, ValueText.compact(newValue)));
        } else if (layout.hasKey(pointer)) {
            String key = JsonPointer.lastToken(pointer);
            int keyEnd = layout.keyEnd(pointer);
            String member = ValueText.yamlMember(key, newValue, layout.column(layout.keyStart(pointer)));
            String writtenKey = ValueText.yamlKey(key);
            out.add(new TextEdit(keyEnd, contentEnd(pointer, oldValue) - keyEnd,
                    member.substring(writtenKey.length())));
        } else {
            int column = Math.max(0, layout.column(start) - 2);
            out.add(new TextEdit(start, contentEnd(pointer, oldValue) - start,
                    ValueText.yamlElement(newValue, column)));
        }
    }

    /** A scalar in place of another, in the old one's quotes where the new value can be written in them. */
    private String scalar(String pointer, JsonNode value, String old) {
        if (value.isTextual() && !hasBreaks(value.textValue())) {
            String text = value.textValue();
            if (old.startsWith("\"")) {
                return ValueText.quote(text);
            }
            if (old.startsWith("'")) {
                return "'" + text.replace("'", "''") + "'";
            }
        }
        int column = layout.hasKey(pointer) ? layout.column(layout.keyStart(pointer))
                : Math.max(0, layout.column(layout.valueStart(pointer)) - 2);
        String member = ValueText.yamlMember("k", value, column);
        return member.substring(member.indexOf(':') + 2);
    }

    /** Characters YAML reads as line breaks (or cannot show) inside a quoted scalar. */
    private static boolean hasBreaks(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\u007f' || c == '\ufeff') {
                return true;
            }
        }
        return false;
    }

    @Override
    public void renameKey(String pointer, String newKey, List<TextEdit> out) {
        int start = layout.keyStart(pointer);
        String old = layout.slice(start, layout.keyEnd(pointer));
        String written = old.startsWith("\"") && !hasBreaks(newKey) ? ValueText.quote(newKey)
                : old.startsWith("'") && !hasBreaks(newKey) ? "'" + newKey.replace("'", "''") + "'"
                : ValueText.yamlKey(newKey);
        out.add(new TextEdit(start, old.length(), written));
    }

    @Override
    public boolean members(ContainerChange change, List<TextEdit> out) {
        int firstKept = change.firstKept();
        if (firstKept < 0) {
            return false;
        }
        List<ContainerChange.Child> children = change.children();
        for (int i = 0; i < children.size(); i++) {
            if (children.get(i).removed()) {
                int j = i;
                while (j + 1 < children.size() && children.get(j + 1).removed()) {
                    j++;
                }
                if (!removeRun(change, i, j, out)) {
                    return false;
                }
                i = j;
            }
        }
        for (ContainerChange.Insertion insertion : change.insertions()) {
            insert(change, insertion, out);
        }
        return true;
    }

    private boolean removeRun(ContainerChange change, int i, int j, List<TextEdit> out) {
        List<ContainerChange.Child> children = change.children();
        int first = lead(change, children.get(i).pointer());
        ContainerChange.Child last = children.get(j);
        if (first < 0) {
            if (j + 1 >= children.size()) {
                return false;
            }
            int start = layout.memberStart(children.get(i).pointer());
            out.add(new TextEdit(start, layout.memberStart(children.get(j + 1).pointer()) - start, ""));
            return true;
        }
        int start = layout.lineStart(first);
        out.add(new TextEdit(start, layout.afterLine(contentEnd(last.pointer(), last.node())) - start, ""));
        return true;
    }

    /**
     * Where a member's line content starts: its key (or an element's dash) when only blanks come before it on its
     * line; -1 for a mapping's first key written after a sequence dash ({@code - Key: value}).
     */
    private int lead(ContainerChange change, String child) {
        int start = layout.memberStart(child);
        if (change.isObject()) {
            return layout.firstOnLine(start) ? start : -1;
        }
        return dash(start);
    }

    /** The offset of the dash of the sequence element starting at {@code valueStart}, which opens its line. */
    private int dash(int valueStart) {
        int at = valueStart - 1;
        while (at >= 0 && layout.charAt(at) == ' ') {
            at--;
        }
        if (at < 0 || layout.charAt(at) != '-' || !layout.firstOnLine(at)) {
            throw new TextLayout.Unpatchable("a sequence element without a dash of its own");
        }
        return at;
    }

    private void insert(ContainerChange change, ContainerChange.Insertion insertion, List<TextEdit> out) {
        List<ContainerChange.Child> children = change.children();
        boolean after = insertion.after() >= 0;
        ContainerChange.Child anchor = children.get(after ? insertion.after() : change.firstKept());
        int start = layout.memberStart(anchor.pointer());
        int column = layout.column(change.isObject() ? start : dash(start));
        String indent = " ".repeat(column);
        StringBuilder text = new StringBuilder();
        for (ContainerChange.Member member : insertion.members()) {
            String written = member.key() == null ? "- " + ValueText.yamlElement(member.value(), column)
                    : ValueText.yamlMember(member.key(), member.value(), column);
            text.append(after ? indent + written + "\n" : written + "\n" + indent);
        }
        if (!after) {
            out.add(new TextEdit(change.isObject() ? start : dash(start), 0, text.toString()));
            return;
        }
        int lineEnd = layout.lineEnd(contentEnd(anchor.pointer(), anchor.node()));
        if (lineEnd == layout.text().length()) {
            text.insert(0, '\n').setLength(text.length() - 1);
        }
        out.add(new TextEdit(layout.afterLine(lineEnd), 0, text.toString()));
    }
}
