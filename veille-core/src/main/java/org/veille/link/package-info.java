// SPDX-License-Identifier: GPL-3.0-or-later
/** Stage 4, link: exact and near duplicates, and stories (articles about the same event) across a corpus. */
package org.veille.link;
