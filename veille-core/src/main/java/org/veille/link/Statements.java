// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.link;

import java.util.List;
import java.util.Map;

/**
 * Quotations grouped by statement: the same words of one speaker as printed by several articles, in other
 * words or cut differently.
 *
 * @param statementOf for each article id, the statement id of each of its quotations in order, null for a
 *                    quotation that is no statement (a scare quote, or words with no content)
 */
public record Statements(Map<String, List<String>> statementOf) {
    public Statements {
        statementOf = Map.copyOf(statementOf);
    }

    /** The statement ids of one article's quotations, or an empty list when the article is unknown. */
    public List<String> of(String articleId) {
        return statementOf.getOrDefault(articleId, List.of());
    }
}
