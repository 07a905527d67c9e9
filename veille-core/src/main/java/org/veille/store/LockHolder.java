// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.apache.lucene.index.IndexWriter;

/**
 * Which process holds a store's write lock, so that a refusal can name it. Lucene locks {@code write.lock} with a
 * POSIX record lock, which the lock file itself does not record; Linux lists every such lock in {@value #LOCKS}, one
 * line each: {@code "5: POSIX  ADVISORY  WRITE 10522 fe:00:2163111 0 EOF"}, the holder's process id, then the file's
 * device (major and minor, in hex) and inode. Elsewhere, or when that table cannot be read, the holder is unknown.
 * Stateless.
 */
final class LockHolder {
    private static final String LOCKS = "/proc/locks";
    /** Fields of a lock's line: its number, its kind, "ADVISORY", its access, the holder's id, the file. */
    private static final int KIND = 1, PID = 4, FILE = 5;
    private static final String RECORD_LOCK = "POSIX";
    /** Where a device's major and minor numbers lie in {@code st_dev}, as glibc's {@code gnu_dev_major} unpacks them. */
    private static final long MAJOR_LOW = 0x00000000000fff00L, MAJOR_HIGH = 0xfffff00000000000L;
    private static final long MINOR_LOW = 0x00000000000000ffL, MINOR_HIGH = 0x00000ffffff00000L;
    private static final int MAJOR_LOW_SHIFT = 8, MAJOR_HIGH_SHIFT = 32, MINOR_HIGH_SHIFT = 12;

    private LockHolder() {
    }

    /** The id of the process that holds the write lock of the store in {@code dir}, if this system says. */
    static OptionalLong of(Path dir) {
        Path lock = dir.resolve(IndexWriter.WRITE_LOCK_NAME);
        try {
            String file = fileId(((Number) Files.getAttribute(lock, "unix:dev")).longValue(),
                    ((Number) Files.getAttribute(lock, "unix:ino")).longValue());
            return holder(Files.readAllLines(Path.of(LOCKS)), file);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return OptionalLong.empty(); // no lock file, no unix attributes, or no table of locks: unknown
        }
    }

    /** The holder of the record lock on {@code file} ("fe:00:2163111") among the table's lines; waiters are skipped. */
    static OptionalLong holder(List<String> table, String file) {
        for (String line : table) {
            String[] f = line.trim().split("\\s+");
            if (f.length > FILE && f[KIND].equals(RECORD_LOCK) && f[FILE].equals(file)) {
                try {
                    return OptionalLong.of(Long.parseLong(f[PID]));
                } catch (NumberFormatException e) {
                    return OptionalLong.empty();
                }
            }
        }
        return OptionalLong.empty();
    }

    /** A file as the table names it: device major and minor in two-digit hex, then the inode in decimal. */
    static String fileId(long dev, long inode) {
        long major = ((dev & MAJOR_LOW) >>> MAJOR_LOW_SHIFT) | ((dev & MAJOR_HIGH) >>> MAJOR_HIGH_SHIFT);
        long minor = (dev & MINOR_LOW) | ((dev & MINOR_HIGH) >>> MINOR_HIGH_SHIFT);
        return String.format("%02x:%02x:%d", major, minor, inode);
    }
}
