// SPDX-License-Identifier: GPL-3.0-or-later
/** Stage 4, link: exact and near duplicates, stories (articles about the same event) across a corpus, and the similarity of two articles in any two languages. */
package org.veille.link;
