// SPDX-License-Identifier: GPL-3.0-or-later
/** Stage 5, store: the embedded store and full-text index on disk (Lucene), crash-safe, no server. */
package org.veille.store;
