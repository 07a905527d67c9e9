// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.read;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * Why one input could not be read, as a short lower-case reason for {@link ReadListener#failed}.
 * It is an {@link IOException} so that it can leave a stream read; it carries no stack trace because it
 * reports bad data, not a bug. Immutable.
 */
final class ReadFailure extends IOException {

    static final String EMPTY = "empty file";
    static final String BINARY = "binary content, not text";
    static final String TRUNCATED_GZIP = "truncated gzip stream";

    ReadFailure(String reason) {
        super(reason);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }

    /** A failure for an input of {@code size} bytes over a {@code limit}. */
    static ReadFailure tooLarge(long size, long limit) {
        return new ReadFailure("too large: " + megabytes(size) + " > " + megabytes(limit) + " limit");
    }

    /** A failure for an input found to be over a {@code limit} while streaming it, its whole size unknown. */
    static ReadFailure overLimit(long limit) {
        return new ReadFailure("too large: over the " + megabytes(limit) + " limit");
    }

    /** The one-line reason for any failure to read an input. */
    static String reason(IOException e) {
        return switch (e) {
            case ReadFailure f -> f.getMessage();
            case NoSuchFileException ignored -> "no such file";
            case AccessDeniedException ignored -> "permission denied";
            case FileSystemException f when f.getReason() != null -> "cannot read: " + f.getReason().toLowerCase();
            case EOFException ignored -> "unexpected end of file";
            default -> "cannot read: " + e.getMessage();
        };
    }

    /** Decimal megabytes, rounded down, with one decimal below 10 MB; kilobytes below 1 MB. */
    static String megabytes(long bytes) {
        if (bytes < 1_000_000) {
            return Math.max(1, bytes / 1000) + " kB";
        }
        return bytes < 10_000_000 ? (bytes / 100_000) / 10.0 + " MB" : bytes / 1_000_000 + " MB";
    }
}
