// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.serve;

/** An answer that is not a success: its status and the message the client reads. */
final class Refusal extends RuntimeException {
    final int status;

    Refusal(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }
}
