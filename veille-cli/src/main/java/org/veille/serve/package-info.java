// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * The serve stage: Veille's HTTP API on the embedded store ({@link org.veille.serve.ApiServer}), the views of stored
 * stories and lists it shares with the command line, and the note that lets the command line find a running server.
 */
package org.veille.serve;
