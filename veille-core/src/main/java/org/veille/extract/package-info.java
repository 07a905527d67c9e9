// SPDX-License-Identifier: GPL-3.0-or-later
/** Stage 2, extract: from a {@link org.veille.read.Capture} to an {@link org.veille.extract.Article}: clean body, title, date, authors, outlet, language, provenance. */
package org.veille.extract;
