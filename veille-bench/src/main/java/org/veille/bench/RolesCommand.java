// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import org.veille.analyze.Entity;
import org.veille.analyze.Gazetteer;
import org.veille.analyze.RoleMiner;
import org.veille.analyze.RoleTenures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code veille bench roles}: mines the terms of French domestic roles ("ministre de la Santé", "maire de Paris")
 * from a dated French news corpus, one JSON object per line with a {@code date} (YYYY-MM-DD), a {@code title} and a
 * {@code text}: {@link RoleMiner} finds the appositions of a role and a name, {@link RoleTenures} keeps the roles that
 * name one person at a time and cuts their terms. The shipped roles-mined-fr.tsv is built from OrangeSum with
 * {@code --data ../shared/data/french-news/orangesum --out veille-core/src/main/resources/org/veille/analyze/roles-mined-fr.tsv}.
 * Without {@code --out} the table is printed.
 */
@Command(name = "roles", mixinStandardHelpOptions = true,
        description = "Mine French role holders and their terms (the gazetteer's roles-mined-fr.tsv) from a dated news corpus.")
final class RolesCommand implements Callable<Integer> {

    /** The corpus file inside a folder given as --data. */
    static final String ORANGESUM = "orangesum_parsed.jsonl.gz";

    @Option(names = "--data", required = true, paramLabel = "PATH", description = "articles, JSON lines (.gz read as gzip), or a folder holding " + ORANGESUM)
    Path data;

    @Option(names = "--out", paramLabel = "FILE", description = "the table to write (default: print it)")
    Path out;

    @Option(names = "--rejected", description = "also print the role wordings rejected, with why")
    boolean rejected;

    @Option(names = "--evidence", description = "also print each term's articles and first and last sightings")
    boolean evidence;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path file = Files.isDirectory(data) ? data.resolve(ORANGESUM) : data;
        ObjectMapper json = new ObjectMapper();
        RoleMiner miner = new RoleMiner();
        RoleTenures tenures = new RoleTenures();
        int documents = 0;
        int sightings = 0;
        try (BufferedReader in = JsonLinesFile.open(file)) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.isBlank()) continue;
                JsonNode record = json.readTree(line);
                LocalDate date;
                try {
                    date = LocalDate.parse(record.path("date").asText(""));
                } catch (DateTimeParseException e) {
                    continue; // an undated article dates no term
                }
                documents++;
                String id = record.path("id").asText(Integer.toString(documents));
                String text = record.path("title").asText("") + "\n" + record.path("text").asText("");
                for (RoleMiner.Sighting s : miner.sightings(text)) {
                    tenures.add(s, id, date);
                    sightings++;
                }
            }
        }
        RoleTenures.Result result = tenures.result();
        Gazetteer gazetteer = Gazetteer.handKept();
        Set<String> roles = new HashSet<>();
        Set<String> persons = new HashSet<>();
        StringBuilder table = new StringBuilder();
        table.append("role\tlang\tcanonical\tfrom\tto\n");
        table.append("# Mined by `veille bench roles --data ../shared/data/french-news/orangesum` from OrangeSum (").append(file.getFileName())
                .append(", ").append(documents).append(" dated articles): appositions of a role and a name in at least ")
                .append(RoleTenures.MIN_ARTICLES).append(" articles per holder,\n# roles naming one person at a time, terms cut at handovers and closed ")
                .append(RoleTenures.TERM_MARGIN_DAYS).append(" days after the last sighting. Rebuild with the command; do not edit rows by hand.\n");
        int rows = 0;
        int shadowed = 0;
        for (RoleTenures.Term t : result.terms()) {
            Gazetteer.Role r = t.role();
            if (gazetteer.isRole(r.wording())) {
                shadowed++; // roles.tsv keeps this wording by hand
                continue;
            }
            String canonical = gazetteer.lookup(r.canonical()).filter(i -> i.type() == Entity.Type.PER).map(Gazetteer.Identity::canonical).orElse(r.canonical());
            table.append(r.wording()).append("\tfr\t").append(canonical).append('\t').append(r.from()).append('\t').append(r.to()).append('\n');
            roles.add(r.wording());
            persons.add(canonical);
            rows++;
        }
        PrintWriter o = spec.commandLine().getOut();
        if (out != null) {
            Files.writeString(out, table, StandardCharsets.UTF_8);
        } else {
            o.print(table);
        }
        if (evidence) {
            for (RoleTenures.Term t : result.terms()) {
                o.printf("term\t%s\t%s\t%s\t%s\tarticles=%d\tseen=%s..%s%n", t.role().wording(), t.role().canonical(), t.role().from(), t.role().to(),
                        t.articles(), t.firstSeen(), t.lastSeen());
            }
        }
        if (rejected) {
            for (RoleTenures.Rejection r : result.rejections()) o.printf("rejected\t%s\t%s%n", r.role(), r.reason());
        }
        o.printf("%d dated articles, %d sightings, %d rows (%d roles, %d persons; %d wordings rejected, %d rows left to roles.tsv)%s%n",
                documents, sightings, rows, roles.size(), persons.size(), result.rejections().size(), shadowed, out == null ? "" : ", written to " + out);
        o.printf("RESULT roles documents=%d sightings=%d rows=%d roles=%d persons=%d%n", documents, sightings, rows, roles.size(), persons.size());
        return 0;
    }
}
