// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

/** An extractor under measurement. Whatever it throws on a page counts as finding nothing there. */
interface Tool {

    /** A short name for tables. */
    String name();

    /** Extracts one page. */
    Output extract(Page page) throws Exception;
}
