// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged store: every command says so in one line and points to check; check --repair mends it; stderr stays quiet. */
class CheckCommandTest {

    @TempDir
    Path dir;

    @Test
    void aDamagedStoreIsReportedInOneLineCheckedAndRepaired() throws Exception {
        Path input = Files.createDirectory(dir.resolve("in"));
        Files.writeString(input.resolve("pont.txt"), BadInputTest.GOOD);
        Files.writeString(input.resolve("copie.txt"), BadInputTest.GOOD);
        Path store = dir.resolve("store");
        String data = store.toString();
        assertThat(Cli.run("ingest", input.toString(), "--data", data)[0]).isEqualTo("0");
        assertThat(Cli.run("check", "--data", data)[1]).contains("2 articles").contains("verdict: no damage found");
        assertThat(quietly("search", "soulagement", "--data", data)).as("stderr of a store command").isEmpty();

        Path index;
        try (Stream<Path> files = Files.list(store)) {
            index = files.filter(f -> f.toString().endsWith(".tim")).findFirst().orElseThrow();
        }
        try (RandomAccessFile f = new RandomAccessFile(index.toFile(), "rw")) {
            f.setLength(f.length() / 2);
        }
        for (String[] command : List.of(new String[] {"search", "soulagement"}, new String[] {"stories"},
                new String[] {"quotes"}, new String[] {"ingest", input.toString()})) {
            List<String> args = new ArrayList<>(List.of(command));
            args.addAll(List.of("--data", data));
            String[] r = Cli.run(args.toArray(String[]::new));
            assertThat(r[0]).as(args.toString()).isEqualTo("4");
            assertThat(r[2].lines().toList()).as(args.toString()).singleElement().asString()
                    .startsWith("veille: store " + data + " is damaged (file " + index.getFileName())
                    .endsWith("; run: veille check --data " + data);
        }
        String[] check = Cli.run("check", "--data", data);
        assertThat(check[0]).isEqualTo("4");
        assertThat(check[1]).contains("damage: segment").contains(index.getFileName() + " is cut short")
                .contains("verdict: damaged; run: veille check --data " + data + " --repair");

        String[] repair = Cli.run("check", "--data", data, "--repair");
        assertThat(repair[0]).as(repair[2]).isEqualTo("0");
        assertThat(repair[1]).contains("rebuilt: the store holds 2 articles; 0 lost").contains("kept: the damaged store, in ");
        assertThat(Cli.run("search", "soulagement", "--data", data)[1].lines()).hasSize(2);
    }

    @Test
    void aStoreThatCannotBeWrittenIsSaidSoNotDamaged() throws Exception {
        Path input = Files.createDirectory(dir.resolve("in"));
        Files.writeString(input.resolve("pont.txt"), BadInputTest.GOOD);
        String data = dir.resolve("store").toString();
        assertThat(Cli.run("ingest", input.toString(), "--data", data)[0]).isEqualTo("0");
        Path lock = Path.of(data, "write.lock");
        Files.delete(lock);
        Files.createSymbolicLink(lock, unwritableFile());

        for (String[] command : List.of(new String[] {"check", "--data", data}, new String[] {"check", "--repair", "--data", data})) {
            String[] r = Cli.run(command);
            assertThat(r[0]).as(String.join(" ", command)).isEqualTo("3");
            assertThat(r[2]).isEqualTo("veille: store " + data + " is not writable (permission denied)" + System.lineSeparator());
        }
        assertThat(Cli.run("search", "soulagement", "--data", data)[1].lines()).as("reading needs no lock").hasSize(1);
    }

    @Test
    void namesFromTheUserPrintOnOneLine() throws Exception {
        Path input = Files.createDirectory(dir.resolve("in"));
        Files.writeString(input.resolve("pont.txt"), BadInputTest.GOOD);
        String data = dir.resolve("store\nverdict: no damage found\u001b[31m").toString();
        assertThat(Cli.run("ingest", input.toString(), "--data", data)[0]).isEqualTo("0");
        Files.write(Path.of(data, "pending_segments_\u001b[2J"), new byte[] {1});

        String[] check = Cli.run("check", "--data", data);
        assertThat(check[1]).doesNotContain("\u001b");
        assertThat(check[1].lines().filter(l -> l.startsWith("verdict:"))).singleElement().asString()
                .startsWith("verdict: no damage found; --repair");
        assertThat(check[1]).contains("store\\nverdict: no damage found\\u001b[31m: 1 article; lock free")
                .contains("pending_segments_\\u001b[2J");
        for (String[] command : List.of(new String[] {"show", "\u001b[31mforged"}, new String[] {"story", "\u001b[31mforged"})) {
            List<String> args = new ArrayList<>(List.of(command));
            args.addAll(List.of("--data", data));
            String[] r = Cli.run(args.toArray(String[]::new));
            assertThat(r[2].lines().toList()).as(args.toString()).singleElement().asString().doesNotContain("\u001b")
                    .contains("\\u001b[31mforged in ");
        }
    }

    /**
     * A file this process cannot open for writing, as on a read-only disk: one of its own made read-only, unless it
     * runs as root, who writes any file of its own; then a kernel attribute that nobody writes.
     */
    private Path unwritableFile() throws IOException {
        Path own = Files.writeString(dir.resolve("read-only"), "");
        Files.setPosixFilePermissions(own, PosixFilePermissions.fromString("r--r--r--"));
        for (Path candidate : List.of(own, Path.of("/sys/kernel/notes"))) {
            try {
                FileChannel.open(candidate, StandardOpenOption.WRITE).close();
            } catch (AccessDeniedException refused) {
                return candidate;
            }
        }
        return Assumptions.abort("every file tried can be written here");
    }

    /** Runs Veille in a JVM of its own, with the launcher's flags, and returns what it printed on stderr. */
    private static String quietly(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(err).isZero();
        return err;
    }
}
