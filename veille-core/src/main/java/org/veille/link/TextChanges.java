// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.link;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.veille.analyze.SentenceSplitter;
import org.veille.analyze.Span;
import org.veille.analyze.WordTokenizer;
import org.veille.extract.ArticleIdentity;

/**
 * What a derived text (an outlet's edit of a wire, a site's copy of another) added, cut or changed against its
 * source, sentence by sentence, so that an inserted editorial line shows at a glance. Sentences are the analyze
 * stage's ({@link SentenceSplitter#cuttingGluedParagraphs()}: a paragraph glued to the next is not one sentence with
 * it), their white space normalised ({@link ArticleIdentity#normalize}):
 * <ol>
 *   <li>a sentence printed identically in both is kept;</li>
 *   <li>of the others, a derived sentence that shares {@link #SAME_SENTENCE} of its words with a source sentence
 *       left over is that sentence changed (the most alike one, the earliest on a tie), with the runs of words
 *       it inserted and removed;</li>
 *   <li>derived sentences still left were added, source sentences still left were cut.</li>
 * </ol>
 * Thread-safe, stateless; no I/O.
 */
public final class TextChanges {

    /**
     * The share of distinct words, counted on the longer sentence, from which two sentences are one edited: a
     * word changed in ten ("Qui étaient présents" / "Qui était présent") or a clause added to a long sentence
     * ("Dans cette rocambolesque affaire, il est soupçonné...") stays above it; two different sentences of one
     * story, which share names and function words, stay below.
     */
    static final double SAME_SENTENCE = 0.6;

    private final SentenceSplitter splitter = SentenceSplitter.cuttingGluedParagraphs();
    private final WordTokenizer tokenizer = new WordTokenizer();

    /**
     * Word-level differences are looked for only in sentence pairs whose word counts multiply to at most this (two
     * 2,000-word runs, paragraphs a capture glued together): the table costs four bytes a cell.
     */
    static final int MAX_WORD_CELLS = 4_000_000;

    /**
     * A source sentence reworded in the derived text.
     *
     * @param inserted runs of consecutive words the derived sentence adds, as printed there
     * @param removed  runs of consecutive words it drops, as printed in the source; both empty when the sentences are
     *                 too long to compare word by word ({@link #MAX_WORD_CELLS})
     */
    public record Change(String from, String to, List<String> inserted, List<String> removed) {
        public Change {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            inserted = List.copyOf(inserted);
            removed = List.copyOf(removed);
        }
    }

    /**
     * The difference of a derived text from its source.
     *
     * @param kept    how many sentences the derived text prints exactly as the source does
     * @param added   sentences only the derived text prints, in its order
     * @param cut     sentences only the source prints, in its order
     * @param changed source sentences the derived text prints reworded, in the derived text's order
     */
    public record Changes(int kept, List<String> added, List<String> cut, List<Change> changed) {
        public Changes {
            added = List.copyOf(added);
            cut = List.copyOf(cut);
            changed = List.copyOf(changed);
        }
    }

    /** How {@code derived} differs from {@code source}, its sentences matched as the class comment says. */
    public Changes compare(String source, String derived) {
        List<String> from = sentences(source);
        List<String> to = sentences(derived);
        boolean[] usedFrom = new boolean[from.size()];
        boolean[] usedTo = new boolean[to.size()];
        int kept = keepIdentical(from, to, usedFrom, usedTo);
        List<Change> changed = pairEdited(from, to, usedFrom, usedTo);
        return new Changes(kept, unused(to, usedTo), unused(from, usedFrom), changed);
    }

    /** Step 1: marks the sentences printed identically in both, each source sentence used once; returns how many. */
    private static int keepIdentical(List<String> from, List<String> to, boolean[] usedFrom, boolean[] usedTo) {
        Map<String, ArrayDeque<Integer>> positions = new HashMap<>();
        for (int i = 0; i < from.size(); i++) positions.computeIfAbsent(from.get(i), k -> new ArrayDeque<>()).add(i);
        int kept = 0;
        for (int j = 0; j < to.size(); j++) {
            ArrayDeque<Integer> same = positions.get(to.get(j));
            if (same != null && !same.isEmpty()) {
                usedFrom[same.poll()] = true;
                usedTo[j] = true;
                kept++;
            }
        }
        return kept;
    }

    /** Step 2: pairs each derived sentence left with the most alike source sentence left, if alike enough. */
    private List<Change> pairEdited(List<String> from, List<String> to, boolean[] usedFrom, boolean[] usedTo) {
        List<Set<String>> fromWords = new ArrayList<>(from.size());
        for (String s : from) fromWords.add(words(s));
        List<Change> changed = new ArrayList<>();
        for (int j = 0; j < to.size(); j++) {
            if (usedTo[j]) continue;
            Set<String> words = words(to.get(j));
            int best = -1;
            double bestOverlap = SAME_SENTENCE;
            for (int i = 0; i < from.size(); i++) {
                if (usedFrom[i]) continue;
                double overlap = overlap(words, fromWords.get(i));
                if (overlap >= bestOverlap && (best < 0 || overlap > bestOverlap)) {
                    best = i;
                    bestOverlap = overlap;
                }
            }
            if (best >= 0) {
                usedFrom[best] = true;
                usedTo[j] = true;
                changed.add(wordChanges(from.get(best), to.get(j)));
            }
        }
        return changed;
    }

    /**
     * The pair with the runs of words one has and the other lacks: a longest common subsequence of their tokens
     * (punctuation included, compared ignoring case), the tokens outside it grouped into runs.
     */
    private Change wordChanges(String from, String to) {
        List<Span> a = tokenizer.tokens(from, 0, from.length());
        List<Span> b = tokenizer.tokens(to, 0, to.length());
        if ((long) a.size() * b.size() > MAX_WORD_CELLS) return new Change(from, to, List.of(), List.of());
        int[][] common = new int[a.size() + 1][b.size() + 1]; // common[i][j]: LCS length of a[i..] and b[j..]
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).of(from).equalsIgnoreCase(b.get(j).of(to))
                        ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        boolean[] inA = new boolean[a.size()];
        boolean[] inB = new boolean[b.size()];
        for (int i = 0, j = 0; i < a.size() && j < b.size(); ) {
            if (a.get(i).of(from).equalsIgnoreCase(b.get(j).of(to))) {
                inA[i++] = true;
                inB[j++] = true;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return new Change(from, to, runs(to, b, inB), runs(from, a, inA));
    }

    /**
     * The stretches of {@code text} covered by consecutive tokens outside the common subsequence, without the
     * punctuation at their ends; a stretch of punctuation alone is left out (a comma moved says nothing of what an
     * outlet changed).
     */
    private static List<String> runs(String text, List<Span> tokens, boolean[] inCommon) {
        List<String> runs = new ArrayList<>();
        for (int k = 0; k < tokens.size(); k++) {
            if (inCommon[k]) continue;
            int first = k;
            while (k + 1 < tokens.size() && !inCommon[k + 1]) k++;
            int last = k;
            while (first <= last && !isWord(text, tokens.get(first))) first++;
            while (last >= first && !isWord(text, tokens.get(last))) last--;
            if (first <= last) runs.add(text.substring(tokens.get(first).start(), tokens.get(last).end()));
        }
        return runs;
    }

    /** A token that is a word, not punctuation: the tokenizer starts words with a letter or a digit. */
    private static boolean isWord(String text, Span token) {
        return Character.isLetterOrDigit(text.charAt(token.start()));
    }

    /** Words in common over the distinct words of the longer sentence; 0 when neither has a word. */
    static double overlap(Set<String> a, Set<String> b) {
        int longer = Math.max(a.size(), b.size());
        if (longer == 0) return 0;
        int common = 0;
        for (String w : a) if (b.contains(w)) common++;
        return (double) common / longer;
    }

    private List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        for (Span s : splitter.split(text)) sentences.add(ArticleIdentity.normalize(s.of(text)));
        return sentences;
    }

    /** The sentence's distinct words, lower-cased; punctuation left out. */
    private Set<String> words(String sentence) {
        Set<String> words = new HashSet<>();
        for (Span t : tokenizer.tokens(sentence, 0, sentence.length())) {
            if (isWord(sentence, t)) words.add(t.of(sentence).toLowerCase(Locale.ROOT));
        }
        return words;
    }

    private static List<String> unused(List<String> sentences, boolean[] used) {
        List<String> left = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) if (!used[i]) left.add(sentences.get(i));
        return left;
    }
}
