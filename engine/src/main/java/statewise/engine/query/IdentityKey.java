package statewise.engine.query;

/**
 * A cache key that compares by identity. The model hands out the same immutable template and expression objects on
 * every visit, so identity finds them without hashing a whole JSON tree.
 *
 * @param target the object the key stands for
 */
record IdentityKey(Object target) {

    @Override
    public boolean equals(Object other) {
        return other instanceof IdentityKey key && key.target == target;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(target);
    }
}
