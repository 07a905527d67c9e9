// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.serve;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.veille.store.FacetCount;
import org.veille.store.QuoteHit;
import org.veille.store.SearchHit;

/** The JSON objects the command line prints and the API answers for list items, one shape for both. */
public final class Rows {

    private Rows() {}

    /**
     * A search hit: {@code id, title, outlet, published, language, story, score, snippet, highlights} (each a pair of
     * offsets into the snippet, start included, end excluded).
     */
    public static Map<String, Object> searchHit(SearchHit hit) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", hit.id());
        row.put("title", hit.title());
        row.put("outlet", hit.outlet());
        row.put("published", hit.published());
        row.put("language", hit.language());
        row.put("story", hit.story());
        row.put("score", hit.score());
        row.put("snippet", hit.snippet());
        row.put("highlights", hit.highlights().stream().map(s -> List.of(s.start(), s.end())).toList());
        row.put("title_highlights", hit.titleHighlights().stream().map(s -> List.of(s.start(), s.end())).toList());
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

    /** A facet value: {@code value, count}. */
    static Map<String, Object> counted(FacetCount c) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("value", c.value());
        row.put("count", c.count());
        return row;
    }

    /** A label: {@code domain, site, note, meaning, list, page}; null for none. */
    static Map<String, Object> label(OutletLabels.Label l) {
        if (l == null) return null;
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("domain", l.domain());
        row.put("site", l.site());
        row.put("note", l.note());
        row.put("meaning", l.meaning());
        row.put("list", l.list());
        row.put("page", l.page());
        return row;
    }
}
