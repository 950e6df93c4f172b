package statewise.engine.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import statewise.engine.document.AslDocument;
import statewise.engine.document.Diagnostic;
import statewise.engine.document.DocumentFormat;
import statewise.engine.document.LineIndex;
import statewise.engine.document.SourceMap;
import statewise.engine.document.SourceSpan;
import statewise.engine.model.QueryLanguage;
import statewise.engine.model.State;

/**
 * What the {@link StateRule}s found about each state of the last document validated, kept so that the next
 * revision asks them only about states that changed. A state's findings are taken over when the state has the same
 * pointer, the same model and the same query language under the same document-wide settings (the model holds every
 * member of the text, so the rules see the same state) and, when there are findings to keep, exactly the same text
 * (its key to the end of its value), so that their spans can move with it. Findings are remembered only when every one of
 * them points into its state and its span is worked out from offsets alone, so moving it gives what checking again
 * would. Documents with a repeated key are checked in full and remembered not at all. Not thread-safe.
 */
final class StateFindings {

    /** The document-wide inputs of every {@link StateRule}. */
    private record Settings(ValidationOptions options, AslDocument.Kind kind, DocumentFormat format,
            QueryLanguage defaultQueryLanguage) {

        static Settings of(ValidationContext context) {
            AslDocument document = context.document();
            return new Settings(context.options(), document.kind(), document.format(),
                    context.defaultQueryLanguage());
        }
    }

    /** One state of a validated document: what its findings depend on, and the findings of each rule. */
    private static final class Entry {
        final int index;
        final String pointer;
        final State state;
        final QueryLanguage queryLanguage;
        final int memberStart;
        final int memberEnd;
        /** Findings by rule index; null while no rule found anything. */
        @Nullable List<Diagnostic>[] byRule;

        Entry(int index, StateVisit visit, SourceMap.Entry member) {
            this.index = index;
            this.pointer = visit.pointer();
            this.state = visit.state();
            this.queryLanguage = visit.queryLanguage();
            this.memberStart = member.memberStartOffset();
            this.memberEnd = member.valueEndOffset();
        }

        List<Diagnostic> found(int rule) {
            List<Diagnostic> found = byRule == null ? null : byRule[rule];
            return found == null ? List.of() : found;
        }

        @SuppressWarnings("unchecked")
        void put(int rule, List<Diagnostic> found) {
            if (byRule == null) {
                byRule = new List[Validator.RULES.size()];
            }
            byRule[rule] = found;
        }

        /** True when every finding points into this state and its span lies in the state's text as offsets say. */
        boolean movable(LineIndex lines) {
            if (byRule == null) {
                return true;
            }
            for (List<Diagnostic> found : byRule) {
                for (Diagnostic d : found == null ? List.<Diagnostic>of() : found) {
                    SourceSpan span = d.span();
                    boolean inside = d.pointer().equals(pointer) || d.pointer().startsWith(pointer + "/");
                    if (!inside || span.startOffset() < memberStart || span.endOffset() > memberEnd
                            || !span.equals(lines.span(span.startOffset(), span.endOffset()))) {
                        return false;
                    }
                }
            }
            return true;
        }
    }

    private String text = "";
    private @Nullable Settings settings;
    /** The remembered entries by their visit's index, null where a state is not remembered. */
    private Entry[] inOrder = new Entry[0];
    /** {@link #inOrder} by pointer, made when first needed: most lookups find their entry where they expect it. */
    private @Nullable Map<String, Entry> byPointer;
    private int keptLastRun;

    /** Starts validating {@code context}'s document against what the last document's states gave. */
    Run start(ValidationContext context) {
        return new Run(context);
    }

    /** Drops everything remembered (the next document is checked in full). */
    void forget() {
        text = "";
        settings = null;
        inOrder = new Entry[0];
        byPointer = null;
        keptLastRun = 0;
    }

    /** How many states the last validation took the findings of from the one before. */
    int keptLastRun() {
        return keptLastRun;
    }

    /** One validation: which states keep their findings, and the findings of this document as they are made. */
    final class Run {
        private final ValidationContext context;
        private final Settings runSettings;
        private final List<StateVisit> visits;
        /** By visit: the entry whose findings the state keeps, or null when the rules must look at it. */
        private final @Nullable Entry[] kept;
        /** By visit: the entry this document remembers, or null when its state cannot be remembered. */
        private final @Nullable Entry[] made;

        private Run(ValidationContext context) {
            this.context = context;
            this.runSettings = Settings.of(context);
            this.visits = context.states();
            this.kept = new Entry[visits.size()];
            this.made = new Entry[visits.size()];
            keptLastRun = 0;
            SourceMap sourceMap = context.sourceMap();
            if (sourceMap.hasRepeatedKeys()) {
                return;
            }
            boolean sameSettings = runSettings.equals(settings);
            String now = context.document().text();
            int offset = 0;
            for (int i = 0; i < made.length; i++) {
                StateVisit visit = visits.get(i);
                SourceMap.Entry member = sourceMap.entry(visit.pointer());
                if (member == null) {
                    continue;
                }
                made[i] = new Entry(i, visit, member);
                Entry before = sameSettings ? previous(visit.pointer(), i + offset) : null;
                if (before != null) {
                    offset = before.index - i;
                    kept[i] = keepable(before, made[i], now) ? before : null;
                    keptLastRun += kept[i] == null ? 0 : 1;
                }
            }
        }

        /**
         * The last document's entry for {@code pointer}; {@code guess} is where it would be if the states before it
         * came and went as the ones before the last match did, which spares a hash lookup for almost every state.
         */
        private @Nullable Entry previous(String pointer, int guess) {
            Entry at = guess >= 0 && guess < inOrder.length ? inOrder[guess] : null;
            if (at != null && at.pointer.equals(pointer)) {
                return at;
            }
            Map<String, Entry> all = byPointer;
            if (all == null) {
                all = new HashMap<>(inOrder.length * 2);
                for (Entry entry : inOrder) {
                    if (entry != null) {
                        all.put(entry.pointer, entry);
                    }
                }
                byPointer = all;
            }
            return all.get(pointer);
        }

        /** True when the findings of {@code before} still hold for the state of {@code entry}. */
        private boolean keepable(Entry before, Entry entry, String now) {
            int length = entry.memberEnd - entry.memberStart;
            return before.queryLanguage == entry.queryLanguage && before.state.equals(entry.state)
                    && (before.byRule == null || before.memberEnd - before.memberStart == length
                    && now.regionMatches(entry.memberStart, text, before.memberStart, length));
        }

        /** Reports what {@code rule} (at {@code index} in {@link Validator#RULES}) finds about every state. */
        void check(StateRule rule, int index) {
            List<Diagnostic> reported = context.diagnostics();
            for (int i = 0; i < made.length; i++) {
                Entry before = kept[i];
                Entry entry = made[i];
                if (before != null && entry != null) {
                    List<Diagnostic> found = before.found(index);
                    if (!found.isEmpty()) {
                        List<Diagnostic> moved = moved(found, entry.memberStart - before.memberStart);
                        reported.addAll(moved);
                        entry.put(index, moved);
                    }
                    continue;
                }
                int from = reported.size();
                rule.checkState(context, visits.get(i));
                if (entry != null && reported.size() > from) {
                    entry.put(index, List.copyOf(reported.subList(from, reported.size())));
                }
            }
        }

        private List<Diagnostic> moved(List<Diagnostic> found, int shift) {
            if (shift == 0) {
                return found;
            }
            LineIndex lines = context.document().lines();
            List<Diagnostic> moved = new ArrayList<>(found.size());
            for (Diagnostic d : found) {
                SourceSpan span = lines.span(d.span().startOffset() + shift, d.span().endOffset() + shift);
                moved.add(new Diagnostic(d.code(), d.severity(), d.message(), d.pointer(), span));
            }
            return moved;
        }

        /** Remembers this document's findings for the next one. */
        void finish() {
            Entry[] order = new Entry[made.length];
            LineIndex lines = context.document().lines();
            for (Entry entry : made) {
                if (entry != null && entry.movable(lines)) {
                    order[entry.index] = entry;
                }
            }
            inOrder = order;
            byPointer = null;
            text = context.document().text();
            settings = runSettings;
        }
    }
}
