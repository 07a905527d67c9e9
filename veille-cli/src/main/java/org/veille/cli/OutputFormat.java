// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.cli;

/** How a command prints: JSON Lines for programs, or a table for people. Option values are the constant names. */
enum OutputFormat { jsonl, table }
