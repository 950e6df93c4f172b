package statewise.engine.parse;

import java.util.function.Predicate;

/**
 * Shrinks a failing input while it still fails the same way, by deleting ever smaller chunks (the deletion half of
 * Zeller's delta debugging). Precondition: {@code stillFails} holds for the input. Postcondition: it holds for the
 * result, and no single chunk of the last size tried can be deleted, unless the budget ran out first.
 */
final class InputMinimizer {

    private InputMinimizer() {
    }

    static String minimize(String input, Predicate<String> stillFails, int maxTries) {
        String current = input;
        int chunk = Math.max(1, current.length() / 2);
        int tries = 0;
        while (tries < maxTries) {
            boolean shrunk = false;
            int start = 0;
            while (start < current.length() && tries < maxTries) {
                String candidate = current.substring(0, start) + current.substring(Math.min(current.length(),
                        start + chunk));
                tries++;
                if (stillFails.test(candidate)) {
                    current = candidate;
                    shrunk = true;
                } else {
                    start += chunk;
                }
            }
            if (!shrunk) {
                if (chunk == 1) {
                    break;
                }
                chunk = Math.max(1, chunk / 2);
            }
        }
        return current;
    }
}
