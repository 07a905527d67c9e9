// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A browser from Debian's packages whose text of a page is a capture: what a reader who selects all and copies,
 * or who saves the page as text, gets. Each runs as a subprocess on a local file, never on the network.
 * <ul>
 *   <li>{@link #CHROMIUM}: headless Chromium's {@code document.body.innerText}, the text select-all-and-copy
 *       gives, read through the DevTools protocol ({@link ChromiumSession}); page scripts off, requests to
 *       any host refused;</li>
 *   <li>{@link #W3M}: {@code w3m -dump -T text/html}, lines wrapped at 80 columns;</li>
 *   <li>{@link #LYNX}: {@code lynx -dump -nolist -force_html}, lines wrapped and indented.</li>
 * </ul>
 */
enum Browser {
    CHROMIUM("chromium"),
    W3M("w3m", "-dump", "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8"),
    LYNX("lynx", "-dump", "-nolist", "-force_html", "-display_charset=utf-8", "-assume_charset=utf-8");

    /** Where Debian installs the browsers; PATH is searched after. */
    private static final List<Path> BIN = List.of(Path.of("/usr/bin"), Path.of("/usr/local/bin"));

    private final String program;
    /** The dump command's options, the page's file following them; none for Chromium, which is driven. */
    private final List<String> dumpOptions;

    Browser(String program, String... dumpOptions) {
        this.program = program;
        this.dumpOptions = List.of(dumpOptions);
    }

    /** The lower-case name the command line and the cache use. */
    String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The browser's executable, or null when it is not installed. */
    Path executable() {
        String path = System.getenv("PATH");
        List<Path> dirs = new ArrayList<>(BIN);
        if (path != null) for (String dir : path.split(File.pathSeparator)) if (!dir.isEmpty()) dirs.add(Path.of(dir));
        for (Path dir : dirs) {
            Path exe = dir.resolve(program);
            if (Files.isExecutable(exe)) return exe;
        }
        return null;
    }

    /** A renderer of this browser; the caller closes it. */
    PageRenderer open(Duration timeout) {
        Path exe = executable();
        if (exe == null) throw new IllegalStateException(program + " is not installed (apt-get install " + program + ")");
        return this == CHROMIUM ? new ChromiumSession(exe, timeout) : new DumpRenderer(exe, dumpOptions, timeout);
    }
}
