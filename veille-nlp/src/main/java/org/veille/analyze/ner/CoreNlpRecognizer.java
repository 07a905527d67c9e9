// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze.ner;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.veille.analyze.Entity;
import org.veille.analyze.EntityRecognizer;
import org.veille.analyze.Mention;
import org.veille.analyze.Span;
import org.veille.analyze.WordTokenizer;

/**
 * Named entities from Stanford CoreNLP's French CRF (trained on WikiNER: PER, ORG, LOC, MISC), the
 * only French NER model on Maven Central. The model tags in IO style, so consecutive tokens of one
 * type form one name. Thread-safe: one classifier, loaded once and shared by all
 * threads; {@code classifySentence} is used because it runs the word-shape features the model needs.
 */
public final class CoreNlpRecognizer implements EntityRecognizer {

    static final String FRENCH_MODEL = "edu/stanford/nlp/models/ner/french-wikiner-4class.crf.ser.gz";

    private final CRFClassifier<CoreLabel> classifier;
    private final WordTokenizer tokenizer = new WordTokenizer();

    private CoreNlpRecognizer(CRFClassifier<CoreLabel> classifier) {
        this.classifier = classifier;
    }

    /** Loads the French model from the class path, through its compact copy in the user's cache ({@link CrfModelCache}). */
    public static CoreNlpRecognizer french() {
        try {
            return new CoreNlpRecognizer(CrfModelCache.ofUser().load(FRENCH_MODEL));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FRENCH_MODEL, e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("model " + FRENCH_MODEL + " does not match this CoreNLP version", e);
        }
    }

    /**
     * The French recognizer, its model loading on a thread of its own from now on ({@link LoadingRecognizer}). Adding
     * one article to a store costs a few seconds, of which the model's load is the largest single part.
     */
    public static LoadingRecognizer frenchLoadingAhead() {
        return new LoadingRecognizer(CoreNlpRecognizer::french);
    }

    @Override
    public List<Mention> recognize(String text, List<Span> sentences, String language) {
        List<Mention> mentions = new ArrayList<>();
        for (Span sentence : sentences) {
            List<Span> tokens = tokenizer.tokens(text, sentence.start(), sentence.end());
            if (tokens.isEmpty()) continue;
            List<CoreLabel> labels = new ArrayList<>(tokens.size());
            for (Span t : tokens) {
                CoreLabel label = new CoreLabel();
                String word = t.of(text).replace('’', '\'');
                label.setWord(word);
                label.setValue(word);
                label.setOriginalText(word);
                label.setBeginPosition(t.start());
                label.setEndPosition(t.end());
                labels.add(label);
            }
            List<CoreLabel> tagged = classifier.classifySentence(labels);
            collect(tokens, tagged, mentions);
        }
        return mentions;
    }

    /** Consecutive tokens with the same type make one mention. */
    private static void collect(List<Span> tokens, List<CoreLabel> tagged, List<Mention> into) {
        Entity.Type current = null;
        int start = -1;
        int end = -1;
        for (int i = 0; i <= tagged.size(); i++) {
            Entity.Type type = i < tagged.size() ? typeOf(tagged.get(i).get(CoreAnnotations.AnswerAnnotation.class)) : null;
            if (type != current || (type != null && tagged.get(i).get(CoreAnnotations.AnswerAnnotation.class).startsWith("B-"))) {
                if (current != null) into.add(new Mention(new Span(start, end), current));
                current = type;
                start = type != null ? tokens.get(i).start() : -1;
            }
            if (type != null) end = tokens.get(i).end();
        }
    }

    private static Entity.Type typeOf(String answer) {
        if (answer == null) return null;
        String t = answer.replaceFirst("^[BIES]-", "");
        return switch (t) {
            case "PER", "I-PER" -> Entity.Type.PER;
            case "ORG" -> Entity.Type.ORG;
            case "LOC" -> Entity.Type.LOC;
            case "MISC" -> Entity.Type.MISC;
            default -> null;
        };
    }
}
