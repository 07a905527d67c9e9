// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.store;

import org.veille.analyze.Quotation;

/**
 * A quotation found by {@link ArticleStore#quotes}, with the article that reports it.
 *
 * @param articleId the article's id
 * @param title     the article's headline, or null
 * @param quote     the quotation
 */
public record QuoteHit(String articleId, String title, Quotation quote) {
}
