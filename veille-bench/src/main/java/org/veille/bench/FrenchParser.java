// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.veille.analyze.Span;

/**
 * French sentences parsed by Stanford CoreNLP's models of the French Universal Dependencies treebank: the
 * maximum-entropy part-of-speech tagger, then the neural transition-based dependency parser (Chen and Manning
 * 2014), for the {@code subjects} experiment. Thread-safe: both models are loaded once and read only; each call keeps
 * its state on its own stack.
 */
final class FrenchParser {

    static final String FRENCH_TAGGER = "edu/stanford/nlp/models/pos-tagger/french-ud.tagger";
    static final String FRENCH_PARSER = "edu/stanford/nlp/models/parser/nndep/UD_French.gz";

    private final MaxentTagger tagger;
    private final DependencyParser parser;

    private FrenchParser(MaxentTagger tagger, DependencyParser parser) {
        this.tagger = tagger;
        this.parser = parser;
    }

    /** Loads the French models from the class path. */
    static FrenchParser french() {
        return new FrenchParser(new MaxentTagger(FRENCH_TAGGER), DependencyParser.loadFromModelFile(FRENCH_PARSER));
    }

    /** The parse of the words {@code tokens} of {@code text} (one sentence, in order); inversions are split ({@link #splitInversion}). */
    DependencyParse parse(String text, List<Span> tokens) {
        List<Span> split = new ArrayList<>(tokens.size());
        for (Span t : tokens) splitInversion(text, t, split);
        tokens = split;
        List<TaggedWord> words = new ArrayList<>(tokens.size());
        for (Span t : tokens) words.add(new TaggedWord(t.of(text).replace('’', '\'')));
        List<TaggedWord> tagged = tagger.tagSentence(words);
        GrammaticalStructure structure = parser.predict(tagged);
        int[] heads = new int[tokens.size()];
        String[] relations = new String[tokens.size()];
        Arrays.fill(heads, DependencyParse.ROOT);
        Arrays.fill(relations, "dep");
        for (TypedDependency d : structure.typedDependencies()) {
            int word = d.dep().index() - 1;
            heads[word] = d.gov().index() - 1;
            relations[word] = d.reln().toString();
        }
        return new DependencyParse(tokens, tagged.stream().map(TaggedWord::tag).toList(), heads, Arrays.asList(relations));
    }

    /**
     * Adds {@code token}, an inverted verb and its pronoun ("a-t-il", "dit-elle"), as two words: the verb and the
     * pronoun from its last hyphen ("a", "-il"), which the parser reads as the subject (given "-t-il" it reads an
     * object). An inversion is a lower-case word whose tail after a hyphen is lower-case letters and hyphens.
     */
    private static void splitInversion(String text, Span token, List<Span> into) {
        int hyphen = text.indexOf('-', token.start());
        if (hyphen > token.start() && hyphen < token.end() - 1 && Character.isLowerCase(text.charAt(token.start()))) {
            boolean lower = true;
            for (int i = hyphen + 1; i < token.end() && lower; i++) lower = text.charAt(i) == '-' || Character.isLowerCase(text.charAt(i));
            if (lower) {
                into.add(new Span(token.start(), hyphen));
                into.add(new Span(text.lastIndexOf('-', token.end() - 1), token.end()));
                return;
            }
        }
        into.add(token);
    }
}
