// SPDX-License-Identifier: GPL-3.0-or-later
/** The command line: thin commands over the pipeline's stages (analyze, ingest, search, show, stories, quotes). */
package org.veille.cli;
