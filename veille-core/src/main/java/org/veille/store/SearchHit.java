// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.store;

/**
 * One article found by {@link ArticleStore#search}.
 *
 * @param id        the article's id
 * @param title     its headline, or null
 * @param outlet    its outlet, or null
 * @param published its publication date as extracted, or null
 * @param snippet   a short plain-text passage of the body around the first match (the body's start when only the
 *                  title matched)
 * @param score     the relevance score, higher is better; comparable only within one search
 */
public record SearchHit(String id, String title, String outlet, String published, String snippet, float score) {
}
