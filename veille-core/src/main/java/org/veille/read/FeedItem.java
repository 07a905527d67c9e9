// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.read;

/**
 * One item a feed or a sitemap lists.
 *
 * @param link    its address, as written
 * @param changed when the document says the item last changed (an update, else its publication), as written; null when
 *                it says nothing. Compared as written: a watcher fetches a known item again when this changes.
 */
public record FeedItem(String link, String changed) {}
