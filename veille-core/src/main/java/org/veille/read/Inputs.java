// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.read;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Opens input files, gunzipping them when asked, and reads them whole only up to a byte limit, so that a
 * huge file or a gzip bomb fails early instead of filling memory. Stateless.
 */
final class Inputs {

    private static final int BUFFER = 64 * 1024;
    /**
     * Compressed inputs may unpack to at most this many times their size: text and markup gzip 3 to 10
     * to 1 (the shared OrangeSum JSON Lines, 2.9), while a bomb repeats one record (400,000 copies
     * unpack 171 to 1). Apache POI's zip-bomb guard uses the same 1 to 100 ratio.
     */
    static final long MAX_INFLATION = 100;
    /** Small compressed inputs may always unpack to this many bytes, whatever their ratio. */
    static final long INFLATION_FLOOR = 64L << 20;

    private Inputs() {
    }

    /** How many bytes an input of {@code compressedSize} bytes may unpack to. */
    static long inflationBudget(long compressedSize) {
        return Math.max(INFLATION_FLOOR, compressedSize > Long.MAX_VALUE / MAX_INFLATION
                ? Long.MAX_VALUE : compressedSize * MAX_INFLATION);
    }

    /**
     * Unpacks a gzipped file without keeping anything, to refuse it whole before any of its records is
     * read when it unpacks to more than its {@linkplain #inflationBudget budget}.
     */
    static void checkInflation(Path file) throws IOException {
        long size = Files.size(file);
        long budget = inflationBudget(size);
        try (InputStream in = open(file, true)) {
            long unpacked = 0;
            while (unpacked <= budget) {
                long skipped = in.skip(BUFFER);
                if (skipped <= 0 && in.read() < 0) {
                    return;
                }
                unpacked += Math.max(skipped, 1);
            }
        } catch (ReadFailure truncatedOrCorrupt) {
            return; // not a bomb: reading reports it after the records before the damage
        }
        throw new ReadFailure("refused as a decompression bomb: unpacks over " + MAX_INFLATION
                + " times its size of " + ReadFailure.megabytes(size));
    }

    /** The file's bytes, decompressed if {@code gzipped}; fails when there are more than {@code limit}. */
    static byte[] readAll(Path file, boolean gzipped, long limit) throws IOException {
        if (!gzipped && Files.size(file) > limit) {
            throw ReadFailure.tooLarge(Files.size(file), limit);
        }
        try (InputStream in = open(file, gzipped)) {
            return readAll(in, limit);
        }
    }

    /** The stream's bytes; fails when there are more than {@code limit} (at most {@code Integer.MAX_VALUE - 8}). */
    static byte[] readAll(InputStream in, long limit) throws IOException {
        byte[] bytes = in.readNBytes((int) limit);
        if (in.read() >= 0) {
            throw ReadFailure.overLimit(limit);
        }
        return bytes;
    }

    /** Whether the file starts with gzip's magic number, whatever its name. */
    static boolean isGzip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(2);
            return magic.length == 2 && (magic[0] & 0xFF) == 0x1F && (magic[1] & 0xFF) == 0x8B;
        }
    }

    /** Opens a file, gunzipping it if {@code gzipped}; gzip errors surface as {@link ReadFailure}s. */
    static InputStream open(Path file, boolean gzipped) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (!gzipped) {
            return in;
        }
        try {
            return new Gunzip(in);
        } catch (IOException e) {
            in.close();
            throw Gunzip.failure(e);
        }
    }

    /** A gzip stream whose truncation and corruption errors read as short reasons. */
    private static final class Gunzip extends GZIPInputStream {

        Gunzip(InputStream in) throws IOException {
            super(in, BUFFER);
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            try {
                return super.read(buffer, offset, length);
            } catch (IOException e) {
                throw failure(e);
            }
        }

        static IOException failure(IOException e) {
            return switch (e) {
                case EOFException ignored -> new ReadFailure(ReadFailure.TRUNCATED_GZIP);
                case ZipException z -> new ReadFailure("not valid gzip: " + z.getMessage().toLowerCase());
                default -> e;
            };
        }
    }
}
