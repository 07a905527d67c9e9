// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.serve;

import java.util.LinkedHashMap;
import java.util.Map;
import org.veille.store.QuoteHit;
import org.veille.store.SearchHit;

/** The JSON objects the command line prints and the API answers for list items, one shape for both. */
public final class Rows {

    private Rows() {}

    /** A search hit: {@code id, title, outlet, published, score, snippet}. */
    public static Map<String, Object> searchHit(SearchHit hit) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", hit.id());
        row.put("title", hit.title());
        row.put("outlet", hit.outlet());
        row.put("published", hit.published());
        row.put("score", hit.score());
        row.put("snippet", hit.snippet());
        return row;
    }

    /** A stored quotation: {@code article, title, speaker, speaker_text, kind, text}. */
    public static Map<String, Object> quotation(QuoteHit hit) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("article", hit.articleId());
        row.put("title", hit.title());
        row.put("speaker", hit.quote().speaker());
        row.put("speaker_text", hit.quote().speakerText());
        row.put("kind", hit.quote().kind().jsonName());
        row.put("text", hit.quote().text());
        return row;
    }
}
