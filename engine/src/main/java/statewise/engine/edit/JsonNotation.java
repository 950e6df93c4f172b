package statewise.engine.edit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.regex.Pattern;
import statewise.engine.document.JsonPointer;

/**
 * Changes JSON text in place. New members copy the separators of their siblings ({@code ",\n    "} or
 * {@code ", "}) and the indentation of their line; values are pretty-printed in the document's indent unit, or
 * written on one line where the surrounding container is on one line. A removed member takes its comma with it.
 */
final class JsonNotation implements Notation {

    private static final Pattern MEMBER_SEPARATOR = Pattern.compile("\\s*,\\s*");
    private static final Pattern KEY_SEPARATOR = Pattern.compile("\\s*:\\s*");

    private final TextLayout layout;
    private final String unit;

    JsonNotation(TextLayout layout, JsonNode root) {
        this.layout = layout;
        this.unit = indentUnit(layout, root);
    }

    /** The indentation of the root's first member, or two blanks when the text does not show one. */
    private static String indentUnit(TextLayout layout, JsonNode root) {
        if (root.isObject() && !root.isEmpty()) {
            int first = layout.memberStart(layout.children(JsonPointer.ROOT, root).get(0));
            String indent = layout.indentOfLine(first);
            if (layout.firstOnLine(first) && !indent.isEmpty() && first > layout.valueStart(JsonPointer.ROOT)
                    && !layout.singleLine(layout.valueStart(JsonPointer.ROOT), first)) {
                return indent;
            }
        }
        return "  ";
    }

    @Override
    public boolean atomic(String pointer, JsonNode oldValue) {
        return false;
    }

    @Override
    public void replace(String pointer, JsonNode oldValue, JsonNode newValue, List<TextEdit> out) {
        int start = layout.valueStart(pointer);
        int end = layout.valueEnd(pointer);
        boolean compact = oldValue.isContainerNode() && !oldValue.isEmpty() && layout.singleLine(start, end)
                || !pointer.isEmpty() && parentOnOneLine(pointer);
        out.add(new TextEdit(start, end - start, render(newValue, start, compact)));
    }

    private boolean parentOnOneLine(String pointer) {
        String parent = JsonPointer.parent(pointer);
        return layout.singleLine(layout.valueStart(parent), layout.valueEnd(parent));
    }

    private String render(JsonNode value, int at, boolean compact) {
        return compact || !value.isContainerNode() ? ValueText.compact(value)
                : ValueText.pretty(value, layout.indentOfLine(at), unit);
    }

    @Override
    public void renameKey(String pointer, String newKey, List<TextEdit> out) {
        int start = layout.keyStart(pointer);
        out.add(new TextEdit(start, layout.keyEnd(pointer) - start, ValueText.quote(newKey)));
    }

    @Override
    public boolean members(ContainerChange change, List<TextEdit> out) {
        List<ContainerChange.Child> children = change.children();
        int firstKept = change.firstKept();
        if (firstKept < 0) {
            if (!change.insertions().isEmpty()) {
                return false;
            }
            int open = layout.valueStart(change.pointer()) + 1;
            out.add(new TextEdit(open, layout.valueEnd(change.pointer()) - 1 - open, ""));
            return true;
        }
        String separator = separator(change);
        if (separator == null) {
            return false;
        }
        removals(children, out);
        for (ContainerChange.Insertion insertion : change.insertions()) {
            insert(change, insertion, separator, out);
        }
        return true;
    }

    /** Each run of removed members goes with the separator after it, or before it at the end. */
    private void removals(List<ContainerChange.Child> children, List<TextEdit> out) {
        for (int i = 0; i < children.size(); i++) {
            if (!children.get(i).removed()) {
                continue;
            }
            int j = i;
            while (j + 1 < children.size() && children.get(j + 1).removed()) {
                j++;
            }
            int start;
            int end;
            if (j + 1 < children.size()) {
                start = layout.memberStart(children.get(i).pointer());
                end = layout.memberStart(children.get(j + 1).pointer());
            } else {
                start = layout.valueEnd(children.get(i - 1).pointer());
                end = layout.valueEnd(children.get(j).pointer());
            }
            out.add(new TextEdit(start, end - start, ""));
            i = j;
        }
    }

    private void insert(ContainerChange change, ContainerChange.Insertion insertion, String separator,
            List<TextEdit> out) {
        List<ContainerChange.Child> children = change.children();
        boolean after = insertion.after() >= 0;
        String anchor = children.get(after ? insertion.after() : change.firstKept()).pointer();
        int anchorStart = layout.memberStart(anchor);
        boolean compact = separator.indexOf('\n') < 0;
        String keySeparator = change.isObject() ? keySeparator(anchor) : "";
        StringBuilder text = new StringBuilder();
        for (ContainerChange.Member member : insertion.members()) {
            String written = (member.key() == null ? "" : ValueText.quote(member.key()) + keySeparator)
                    + render(member.value(), anchorStart, compact);
            text.append(after ? separator + written : written + separator);
        }
        int at = after ? layout.valueEnd(anchor) : anchorStart;
        out.add(new TextEdit(at, 0, text.toString()));
    }

    /** The text between two members ({@code ",\n  "}), or null when it is not a comma between blanks. */
    private String separator(ContainerChange change) {
        List<ContainerChange.Child> children = change.children();
        String between;
        if (children.size() >= 2) {
            between = layout.slice(layout.valueEnd(children.get(0).pointer()),
                    layout.memberStart(children.get(1).pointer()));
        } else {
            between = "," + layout.slice(layout.valueStart(change.pointer()) + 1,
                    layout.memberStart(children.get(0).pointer()));
        }
        return MEMBER_SEPARATOR.matcher(between).matches() ? between : null;
    }

    private String keySeparator(String member) {
        String between = layout.slice(layout.keyEnd(member), layout.valueStart(member));
        return KEY_SEPARATOR.matcher(between).matches() ? between : ": ";
    }
}
