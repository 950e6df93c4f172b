package statewise.app.debug;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;

/**
 * A read-only tree of a JSON value, one row per member or element ({@code name: value} for scalars,
 * {@code name {3}} or {@code name [2]} for objects and arrays), the first levels expanded.
 */
final class JsonTree {

    private static final int EXPANDED_LEVELS = 2;
    /** Arrays longer than this show their first elements and a count of the rest. */
    private static final int MAX_CHILDREN = 500;

    private final TreeView<String> view = new TreeView<>();

    JsonTree(String id) {
        view.setId(id);
        view.setShowRoot(true);
        view.getStyleClass().add("json-tree");
    }

    TreeView<String> node() {
        return view;
    }

    void show(String rootName, JsonNode value) {
        view.setRoot(item(rootName, value, 0));
    }

    void clear() {
        view.setRoot(null);
    }

    static TreeItem<String> item(String name, JsonNode value, int depth) {
        TreeItem<String> item = new TreeItem<>(label(name, value));
        item.setExpanded(depth < EXPANDED_LEVELS);
        if (value.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                item.getChildren().add(item(field.getKey(), field.getValue(), depth + 1));
            }
        } else if (value.isArray()) {
            int shown = Math.min(value.size(), MAX_CHILDREN);
            for (int i = 0; i < shown; i++) {
                item.getChildren().add(item("[" + i + "]", value.get(i), depth + 1));
            }
            if (value.size() > shown) {
                item.getChildren().add(new TreeItem<>("… " + (value.size() - shown) + " more"));
            }
        }
        return item;
    }

    static String label(String name, JsonNode value) {
        if (value.isObject()) {
            return name + " {" + value.size() + "}";
        }
        if (value.isArray()) {
            return name + " [" + value.size() + "]";
        }
        return name + ": " + value;
    }
}
