// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a byte stream into lines ended by {@code \n}, keeping at most a limit of bytes per line so that
 * one huge line cannot fill memory. Not thread-safe: one reader per stream.
 */
final class LineReader {

    /**
     * One line, without its {@code \n}.
     *
     * @param number 1-based line number
     * @param bytes  the line's bytes, or null when it is longer than the limit
     * @param size   the line's length in bytes
     */
    record Line(int number, byte[] bytes, long size) {
    }

    private final InputStream in;
    private final long limit;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int end;
    private int number;

    LineReader(InputStream in, long limit) {
        this.in = in;
        this.limit = limit;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        long size = 0;
        boolean started = false;
        while (true) {
            if (position == end) {
                end = Math.max(0, in.read(buffer));
                position = 0;
                if (end == 0) {
                    if (!started) {
                        return null;
                    }
                    break;
                }
            }
            started = true;
            int newline = indexOfNewline();
            int stop = newline < 0 ? end : newline;
            size += stop - position;
            if (size <= limit) {
                line.write(buffer, position, stop - position);
            } else {
                line.reset();
            }
            position = newline < 0 ? end : newline + 1;
            if (newline >= 0) {
                break;
            }
        }
        number++;
        return new Line(number, size <= limit ? line.toByteArray() : null, size);
    }

    private int indexOfNewline() {
        for (int i = position; i < end; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
