// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import java.io.IOException;
import java.nio.file.Path;

/** A browser that turns a local HTML file into its text. Not thread-safe: one per thread. */
interface PageRenderer extends AutoCloseable {

    /** The text of the page in {@code file} (UTF-8 with a byte-order mark); throws when the browser fails or times out. */
    String render(Path file) throws IOException;

    @Override
    void close();
}
