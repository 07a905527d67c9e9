// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.veille.analyze.AnalyzedArticle;

/**
 * Finds the quotations of several articles that are one statement (the rules are {@link StatementStream}'s).
 * Articles are taken in date order (undated first), so a statement is named after its earliest quotation.
 * Thread-safe: no state between calls but Lucene's analyzers.
 */
public final class StatementLinker {

    private final ContentStems contentStems = new ContentStems();

    public Statements link(List<AnalyzedArticle> articles) {
        List<AnalyzedArticle> inOrder = new ArrayList<>(articles);
        inOrder.sort(Comparator.comparing((AnalyzedArticle a) -> a.article().publishedDay(), DateOrder.UNDATED_FIRST));
        StatementStream stream = new StatementStream(contentStems);
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (AnalyzedArticle a : inOrder) {
            out.put(a.article().id(), stream.add(a.article().id(), a.article().publishedDay(), a.article().language(), a.quotes()));
        }
        return new Statements(out);
    }
}
