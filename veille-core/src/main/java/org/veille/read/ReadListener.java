// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.read;

/**
 * Receives what {@link CaptureReader} reads, in order. Bad inputs never throw: they arrive as
 * {@link #failed}, and reading goes on with the next input.
 */
public interface ReadListener {
    /** A capture was read. */
    void captured(Capture capture);

    /** An input (a file, or one record of an archive or feed) could not be read; reason is one line. */
    void failed(String source, String reason);

    /** Something was read but with a guess the user should know about (for instance a guessed encoding). */
    default void warned(String source, String message) {
    }
}
