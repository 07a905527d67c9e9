// SPDX-License-Identifier: GPL-3.0-or-later
/** Stage 1, read: turns files, folders, archives and feeds into {@link org.veille.read.Capture}s, decoding their text. */
package org.veille.read;
