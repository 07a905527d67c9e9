// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * The watch stage: sources (RSS and Atom feeds, sitemaps) polled on their schedules over polite, bounded HTTP
 * ({@link org.veille.watch.Fetcher}), their new items handed to the command line's ingest, and what was fetched kept
 * in the store's folder ({@link org.veille.watch.WatchState}) so that a restart neither loses nor refetches an article.
 */
package org.veille.watch;
