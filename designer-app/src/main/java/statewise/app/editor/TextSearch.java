package statewise.app.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Find and replace over the editor's text: plain or regular-expression queries, optionally case-sensitive or whole
 * words. A pure function of the text, so the find bar only shows what this computes.
 */
public final class TextSearch {

    /**
     * What to look for.
     *
     * @param text      the query
     * @param matchCase upper and lower case must match
     * @param regex     {@code text} is a Java regular expression
     * @param wholeWord matches must not touch letters, digits or underscores on either side
     */
    public record Query(String text, boolean matchCase, boolean regex, boolean wholeWord) {

        public static Query plain(String text) {
            return new Query(text, false, false, false);
        }
    }

    /** A match: {@code start} inclusive, {@code end} exclusive. */
    public record Match(int start, int end) {
    }

    private TextSearch() {
    }

    /** Why the query cannot be used (a broken regular expression), or empty when it can. */
    public static Optional<String> problem(Query query) {
        try {
            pattern(query);
            return Optional.empty();
        } catch (PatternSyntaxException e) {
            return Optional.of(e.getDescription());
        }
    }

    /** Every match, in order; none for an empty or broken query. */
    public static List<Match> findAll(String text, Query query) {
        List<Match> matches = new ArrayList<>();
        if (query.text().isEmpty() || problem(query).isPresent()) {
            return matches;
        }
        Matcher matcher = pattern(query).matcher(text);
        while (matcher.find()) {
            if (matcher.end() > matcher.start()) {
                matches.add(new Match(matcher.start(), matcher.end()));
            }
        }
        return matches;
    }

    /**
     * The match after {@code from} (forward) or before it (backward), wrapping around the text; empty when there
     * is none at all.
     */
    public static Optional<Match> next(String text, Query query, int from, boolean forward) {
        List<Match> all = findAll(text, query);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        if (forward) {
            return Optional.of(all.stream().filter(m -> m.start() >= from).findFirst().orElse(all.get(0)));
        }
        Match found = all.get(all.size() - 1);
        for (Match m : all) {
            if (m.end() <= from) {
                found = m;
            }
        }
        return Optional.of(found);
    }

    /** What {@code match} is replaced with: {@code replacement}, with {@code $1}-style groups for regex queries. */
    public static String replacementFor(String text, Query query, Match match, String replacement) {
        if (!query.regex()) {
            return replacement;
        }
        Matcher matcher = pattern(query).matcher(text);
        matcher.region(match.start(), text.length());
        if (!matcher.lookingAt()) {
            return replacement;
        }
        StringBuilder out = new StringBuilder();
        matcher.appendReplacement(out, replacement);
        return out.substring(match.start());
    }

    /** The text with every match replaced. */
    public static String replaceAll(String text, Query query, String replacement) {
        if (query.text().isEmpty() || problem(query).isPresent()) {
            return text;
        }
        String literal = query.regex() ? replacement : Matcher.quoteReplacement(replacement);
        return pattern(query).matcher(text).replaceAll(literal);
    }

    private static Pattern pattern(Query query) {
        String core = query.regex() ? query.text() : Pattern.quote(query.text());
        if (query.wholeWord()) {
            core = "(?<![\\w])(?:" + core + ")(?![\\w])";
        }
        int flags = query.matchCase() ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        return Pattern.compile(core, flags | Pattern.MULTILINE);
    }
}
