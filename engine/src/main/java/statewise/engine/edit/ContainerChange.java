package statewise.engine.edit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Members added to and removed from one object or array of a document.
 *
 * @param pointer    the container's pointer in the old text
 * @param node       the container's old value
 * @param children   every old member, in text order, each marked when it goes away
 * @param insertions the new members, grouped by the old member they follow
 */
record ContainerChange(String pointer, JsonNode node, List<Child> children, List<Insertion> insertions) {

    /** An old member: its pointer in the old text, its old value, and whether it goes away. */
    record Child(String pointer, JsonNode node, boolean removed) {
    }

    /**
     * New members to write after the kept child {@code after} (an index into the children), or before the first
     * kept child when {@code after} is -1.
     */
    record Insertion(int after, List<Member> members) {
    }

    /** A new member: its key (null in arrays) and value. */
    record Member(@Nullable String key, JsonNode value) {
    }

    boolean isObject() {
        return node.isObject();
    }

    /** The index of the first child that stays, or -1 when every child goes. */
    int firstKept() {
        for (int i = 0; i < children.size(); i++) {
            if (!children.get(i).removed()) {
                return i;
            }
        }
        return -1;
    }
}
