// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * The watch stage: sources (RSS and Atom feeds, sitemaps) polled on their schedules over polite, bounded HTTP
 * ({@link org.veille.watch.Fetcher}), their new items handed to the command line's ingest, and what was fetched kept
 * in the store's folder ({@link org.veille.watch.WatchState}) so that a restart neither loses nor refetches an article;
 * topics ({@link org.veille.watch.TopicReport}) and their alerts ({@link org.veille.watch.Alerter}): an Atom feed per topic
 * and a webhook.
 */
package org.veille.watch;
