// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The holder of a lock, read from Linux's table of file locks as it was during two ingests into one store. */
class LockHolderTest {

    /** /proc/locks while an ingest held {@code two/write.lock} (device fe:00, inode 2163111), and a waiter on it. */
    private static final List<String> TABLE = List.of(
            "1: FLOCK  ADVISORY  WRITE 10522 fe:00:2154524 0 EOF",
            "2: POSIX  ADVISORY  WRITE 10349 fe:00:2162846 0 EOF",
            "5: POSIX  ADVISORY  WRITE 10522 fe:00:2163111 0 EOF",
            "5: -> POSIX  ADVISORY  WRITE 11000 fe:00:2163111 0 EOF");

    @Test
    void theHolderIsTheProcessOfTheRecordLockOnTheFile() {
        String file = LockHolder.fileId(0xfe00, 2163111);
        assertThat(file).isEqualTo("fe:00:2163111");
        assertThat(LockHolder.holder(TABLE, file)).hasValue(10522);
        assertThat(LockHolder.holder(TABLE, "fe:00:1")).isEmpty();
        assertThat(LockHolder.holder(TABLE.subList(3, 4), file)).as("a waiter holds nothing").isEmpty();
        assertThat(LockHolder.fileId(0x10000301L, 5)).as("major 3, minor 65537").isEqualTo("03:10001:5");
    }
}
