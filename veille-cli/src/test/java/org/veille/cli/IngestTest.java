// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ingest stores a capture once, and the read commands find it. */
class IngestTest {

    @TempDir
    Path dir;

    private String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void ingestingTwiceStoresOnceAndTheStoreAnswers() throws IOException {
        Path input = Files.createDirectory(dir.resolve("in"));
        Files.writeString(input.resolve("pont.txt"), BadInputTest.GOOD);
        Files.writeString(input.resolve("copy.txt"), BadInputTest.GOOD);
        String data = dir.resolve("store").toString();
        String[] first = run("ingest", input.toString(), "--data", data);
        assertThat(first[0]).as(first[2]).isEqualTo("0");
        String[] second = run("ingest", input.toString(), "--data", data);
        assertThat(second[2]).contains("0 new").contains("the store holds 1 articles");

        String[] search = run("search", "soulagement", "--data", data);
        assertThat(search[1]).contains("Le pont de Valbrune rouvre");
        String id = search[1].replaceAll("(?s).*\"id\":\"([^\"]+)\".*", "$1");
        assertThat(run("show", id, "--data", data)[1]).contains("\"title\":\"Le pont de Valbrune rouvre\"");
        assertThat(run("stories", "--data", data)[1]).contains("\"size\":1");
        assertThat(run("quotes", "--speaker", "dubreuil", "--data", data)[1]).contains("soulagement");
    }
}
