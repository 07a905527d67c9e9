// SPDX-License-Identifier: GPL-3.0-or-later
/** Stage 3, analyze: sentences, named entities with canonical names, quotations with their speakers. Free of I/O and global state. */
package org.veille.analyze;
