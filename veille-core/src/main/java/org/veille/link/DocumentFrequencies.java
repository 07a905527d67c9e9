// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.link;

import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * How distinctive each feature of a linking run is: the inverse of how many documents hold it. Words count the
 * documents of the collection and of the language's {@link BackgroundFrequencies}, so a small collection still
 * weighs "OTAN" above "annonce"; identities and English projections count the collection only (identities are
 * resolved per run; the background holds each language's own stems, not their projections).
 */
@FunctionalInterface
public interface DocumentFrequencies {

    /** The inverse document frequency of a feature, never negative. */
    double idf(int feature);

    /**
     * The topic vector of a word feature in a language ({@link TopicSpace}), null when it has none: frequencies of a
     * collection alone know no topics; those {@link #counted} over a run's vocabulary read the background's.
     */
    default float[] topic(int feature, String language) {
        return null;
    }

    /** Smoothed inverse document frequency: log((n + 1) / (df + 0.5)), floored at zero. */
    static double smoothedIdf(double documents, double frequency) {
        return Math.max(0, Math.log((documents + 1) / (frequency + 0.5)));
    }

    /** The frequencies over a list of articles. */
    static DocumentFrequencies of(List<LinkFeatures> articles, LinkVocabulary vocabulary) {
        FeatureCounts counts = new FeatureCounts();
        articles.forEach(counts::add);
        return counts.frequencies(vocabulary);
    }

    /**
     * Frequencies from counts over a collection of this many documents, the background added for words.
     *
     * @param frequency the collection's count for each feature number of the vocabulary
     */
    static DocumentFrequencies counted(int documents, IntUnaryOperator frequency, LinkVocabulary vocabulary) {
        BackgroundFrequencies background = BackgroundFrequencies.shared();
        double[] idf = new double[vocabulary.size()];
        for (int id = 0; id < idf.length; id++) {
            String term = vocabulary.term(id);
            idf[id] = term.startsWith(LinkTerms.IDENTITY_PREFIX) || term.startsWith(LinkTerms.ENGLISH_PREFIX)
                    ? smoothedIdf(documents, frequency.applyAsInt(id))
                    : smoothedIdf(documents + background.documents(), frequency.applyAsInt(id) + background.frequency(term));
        }
        double unseen = smoothedIdf(documents + background.documents(), 0);
        TopicSpace topics = TopicSpace.shared();
        return new DocumentFrequencies() {
            @Override
            public double idf(int id) {
                return id < idf.length ? idf[id] : unseen;
            }

            @Override
            public float[] topic(int id, String language) {
                return id < vocabulary.size() ? topics.of(language, vocabulary.term(id)) : null;
            }
        };
    }
}
