// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phrases looked for where a word starts in lower-case text ("tout accepter", "cookies?\\b"), each a
 * small regular expression. One expression of all the alternatives would try every phrase at every word
 * start, and that made furniture detection the slowest step of extraction; a vocabulary tries at each
 * word start only the phrases that can begin with its first character, and only when some can go on
 * with its second. Which ones can is asked of each phrase the first time a text holds that character at
 * a word start: building all the lists up front cost a one-article command about a quarter of a second,
 * and most texts start words with a few dozen characters. Immutable in what it answers, and thread-safe.
 */
final class Vocabulary {

    /** Characters below this have their own list of phrases; the others get the phrases that may start with any letter. */
    private static final int OWN_LISTS = 0x250;
    /** A letter no phrase names: a phrase that can start with it starts with a class ("\\p{L}+"), not a word. */
    private static final String ANY_LETTER = "\u4E00";

    /** The phrases that can start with one character, as one expression, and the characters they can go on with. */
    private record Start(Pattern phrases, BitSet secondChars) {
        /** No phrase starts with the character. */
        static final Start NONE = new Start(null, null);
    }

    private final List<String> phrases;
    private final List<Pattern> compiled;
    private final Pattern startingWithAnyLetter;
    /**
     * Per first character below OWN_LISTS, its {@link Start} once a text has asked for it. A plain array: a Start is
     * built whole before it is stored and its fields are final, so a thread that sees one sees it whole (JLS 17.5),
     * and a thread that sees none yet builds its own, alike.
     */
    private final Start[] starts = new Start[OWN_LISTS];
    /** Lists of phrases already compiled together, so characters with the same phrases share one expression. */
    private final Map<List<String>, Pattern> shared = new ConcurrentHashMap<>();

    private Vocabulary(List<String> phrases) {
        this.phrases = phrases;
        this.compiled = phrases.stream().map(Pattern::compile).toList();
        startingWithAnyLetter = union(ANY_LETTER);
    }

    /** The phrases that can start with {@code first}, worked out once; two threads may both work it out, alike. */
    private Start startOf(char first) {
        Start known = starts[first];
        if (known != null) return known;
        Pattern fitting = union(String.valueOf(first));
        // Phrases that may start with any letter may go on with anything: no second test for their lists.
        Start start = fitting == null ? Start.NONE
                : new Start(fitting, fitting == startingWithAnyLetter ? null : secondChars(fitting, first));
        starts[first] = start;
        return start;
    }

    /** The characters below OWN_LISTS that can follow {@code first} at the start of a phrase of {@code phrases}. */
    private static BitSet secondChars(Pattern phrases, char first) {
        BitSet next = new BitSet(OWN_LISTS);
        for (int c = 0; c < OWN_LISTS; c++) {
            Matcher m = phrases.matcher(first + String.valueOf((char) c));
            if (m.lookingAt() || m.hitEnd()) next.set(c);
        }
        Matcher beyond = phrases.matcher(first + ANY_LETTER);
        if (beyond.lookingAt() || beyond.hitEnd()) next.set(OWN_LISTS);
        return next;
    }

    /** The vocabulary of the top-level alternatives of {@code alternation} ("a|b(c|d)|e" → a, b(c|d), e). */
    static Vocabulary of(String alternation) {
        return new Vocabulary(alternatives(alternation));
    }

    /** Whether a phrase occurs in {@code lower} where a word starts. */
    boolean foundIn(String lower) {
        return count(lower, 1) > 0;
    }

    /** How many phrases occur in {@code lower} where words start, without overlap, counting up to {@code enough}. */
    int count(String lower, int enough) {
        return scan(lower, enough, null);
    }

    /** Where the phrases occurring in {@code lower} start, without overlap, in order. */
    List<Integer> starts(String lower) {
        List<Integer> starts = new ArrayList<>();
        scan(lower, Integer.MAX_VALUE, starts);
        return starts;
    }

    private int scan(String lower, int enough, List<Integer> starts) {
        int found = 0;
        int n = lower.length();
        for (int i = 0; i < n; i++) {
            if (i > 0 && Character.isLetterOrDigit(lower.charAt(i - 1))) continue;
            char c = lower.charAt(i);
            Start start = c < OWN_LISTS ? startOf(c) : null;
            Pattern phrases = start != null ? start.phrases() : startingWithAnyLetter;
            if (phrases == null) continue;
            BitSet next = start != null ? start.secondChars() : null;
            if (next != null && i + 1 < n && !next.get(Math.min(lower.charAt(i + 1), OWN_LISTS))) continue;
            Matcher m = phrases.matcher(lower).region(i, n).useTransparentBounds(true).useAnchoringBounds(false);
            if (m.lookingAt()) {
                if (starts != null) starts.add(i);
                if (++found >= enough) return found;
                i = Math.max(i, m.end() - 1);
            }
        }
        return found;
    }

    /** The phrases that can match text starting with {@code first}, as one expression; null when none can. */
    private Pattern union(String first) {
        List<String> fitting = new ArrayList<>();
        for (int p = 0; p < phrases.size(); p++) {
            Matcher m = compiled.get(p).matcher(first);
            if (m.lookingAt() || m.hitEnd()) fitting.add(phrases.get(p));
        }
        if (fitting.isEmpty()) return null;
        return shared.computeIfAbsent(fitting, f -> Pattern.compile("(?:" + String.join("|", f) + ")"));
    }

    /** Splits at the '|' outside parentheses and character classes, minding escapes. */
    static List<String> alternatives(String alternation) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        boolean inClass = false;
        int start = 0;
        for (int i = 0; i < alternation.length(); i++) {
            char c = alternation.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                parts.add(alternation.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(alternation.substring(start));
        return parts;
    }
}
