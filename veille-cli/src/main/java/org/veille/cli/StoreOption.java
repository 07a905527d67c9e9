// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The --data option shared by the commands that use the store. */
final class StoreOption {
    @Option(names = "--data", paramLabel = "DIR", description = "The store's folder (default: ${DEFAULT-VALUE}).", defaultValue = "veille-data")
    Path dir;
}
