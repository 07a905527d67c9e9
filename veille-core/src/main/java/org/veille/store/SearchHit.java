// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.store;

import java.util.List;

/**
 * One article found by {@link ArticleStore#search}.
 *
 * @param id         the article's id
 * @param title      its headline, or null
 * @param outlet     its outlet, or null
 * @param published  its publication date as extracted, or null
 * @param language   its language, or null
 * @param story      its story, or null
 * @param snippet    a short plain-text passage of the body around the first match (the body's start when only the
 *                   title matched)
 * @param highlights where the query's words are in {@code snippet}, in order, not overlapping
 * @param titleHighlights where they are in {@code title}, the same way
 * @param score      the relevance score, higher is better; comparable only within one search (0 when sorted by date)
 */
public record SearchHit(String id, String title, String outlet, String published, String language, String story,
                        String snippet, List<Span> highlights, List<Span> titleHighlights, float score) {

    public SearchHit {
        highlights = List.copyOf(highlights);
        titleHighlights = List.copyOf(titleHighlights);
    }

    /** Characters {@code start} (included) to {@code end} (excluded) of a snippet. */
    public record Span(int start, int end) {}
}
