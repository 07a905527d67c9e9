// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.link;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.veille.analyze.AnalyzedArticle;

/**
 * Turns an analyzed article, or the {@link LinkTerms} a store kept of it, into {@link LinkFeatures} numbered
 * with one run's vocabulary; so it belongs to one linker and one thread.
 */
public final class LinkFeatureExtractor {

    private final ContentStems stems;
    private final LinkVocabulary vocabulary;

    public LinkFeatureExtractor(ContentStems stems, LinkVocabulary vocabulary) {
        this.stems = stems;
        this.vocabulary = vocabulary;
    }

    public LinkFeatures extract(AnalyzedArticle analyzed) {
        return number(analyzed.article().id(), analyzed.article().publishedDay(), LinkTerms.of(analyzed, stems));
    }

    public LinkFeatures number(String id, LocalDate day, LinkTerms terms) {
        return new LinkFeatures(id, day, terms.language(), vector(terms.words()), vector(terms.identities()), vector(terms.english()),
                terms.shingles());
    }

    private SparseVector vector(Map<String, ? extends Number> counts) {
        Map<Integer, Number> numbered = new HashMap<>();
        counts.forEach((term, count) -> numbered.put(vocabulary.id(term), count));
        return SparseVector.of(numbered);
    }
}
