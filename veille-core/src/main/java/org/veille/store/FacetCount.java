// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.store;

/**
 * How many of the articles a search found have one value of a facet.
 *
 * @param value the value, as stored (an outlet's name, a language code, a canonical name)
 * @param count the articles found with it
 */
public record FacetCount(String value, int count) {}
