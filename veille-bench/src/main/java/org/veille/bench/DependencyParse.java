// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import java.util.ArrayList;
import java.util.List;
import org.veille.analyze.Span;

/**
 * The dependency parse of one sentence, word by word: the words' spans in the article's text, each word's
 * part of speech (Universal Dependencies tags: NOUN, PROPN, PRON, VERB...), the index of its head (-1 for the
 * root) and its relation to that head, as {@link FrenchParser} gives it. Immutable.
 */
record DependencyParse(List<Span> words, List<String> tags, int[] heads, List<String> relations) {

    /** The root's head. */
    static final int ROOT = -1;

    DependencyParse {
        words = List.copyOf(words);
        tags = List.copyOf(tags);
        heads = heads.clone();
        relations = List.copyOf(relations);
        if (tags.size() != words.size() || heads.length != words.size() || relations.size() != words.size()) {
            throw new IllegalArgumentException("a parse gives every word a tag, a head and a relation");
        }
    }

    int size() {
        return words.size();
    }

    int head(int word) {
        return heads[word];
    }

    String tag(int word) {
        return tags.get(word);
    }

    String relation(int word) {
        return relations.get(word);
    }

    /** The words whose head is {@code word}, in order. */
    List<Integer> dependents(int word) {
        List<Integer> dependents = new ArrayList<>();
        for (int i = 0; i < heads.length; i++) {
            if (heads[i] == word) dependents.add(i);
        }
        return dependents;
    }

    /** The first dependent of {@code word} whose relation is {@code relation} or one of its subtypes ("nsubj" finds "nsubj:pass"), or -1. */
    int dependent(int word, String relation) {
        for (int i = 0; i < heads.length; i++) {
            if (heads[i] == word && isA(relations.get(i), relation)) return i;
        }
        return -1;
    }

    /** Whether {@code relation} is {@code kind} or one of its subtypes. */
    static boolean isA(String relation, String kind) {
        return relation.equals(kind) || relation.startsWith(kind + ":");
    }
}
