// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * AADS-French ({@code *.tsv}: token, sentstart, token_idx, label, file; RFC-4180 quoting, {@code EOF} rows
 * between files): French narratives with each token labelled direct speech (DS) or not. Each file's text is
 * rebuilt by placing its tokens at their offsets, Veille reads it, and a token is DS for Veille when it lies
 * inside one of its quotations, widened to the marks around it (see {@link #labels}).
 */
final class AadsSet implements QuoteSet {

    static final String LANGUAGE = "fr";
    private static final String DS = "DS";
    private static final String SEPARATOR = "EOF";
    private static final Pattern OFFSETS = Pattern.compile("\\((\\d+),\\s*(\\d+)\\)");
    /** The gold labels an opening dialogue dash or guillemet DS (538 of 546 dashes, 96 of 142 «): they open the speech. */
    private static final String OPENING = "«“\"—–-";
    /** ... and the closing guillemet (96 of 123 »). */
    private static final String CLOSING = "»”\"";
    /** The gold labels line breaks O (1,274 of 1,286), even inside a long speech. */
    private static final Pattern SPACE = Pattern.compile("\\s*");

    /** A token by UTF-16 offsets in its file's rebuilt text. */
    record Token(int start, int end, boolean ds, boolean space) {
    }

    record File(QuoteDoc doc, List<Token> tokens) {
        File {
            tokens = List.copyOf(tokens);
        }
    }

    /** One file's token counts, or their sum. */
    record Row(String name, long tokens, long gold, long veille, Confusion ds) {
        Row plus(Row o) {
            return new Row("all", tokens + o.tokens, gold + o.gold, veille + o.veille, ds.plus(o.ds));
        }
    }

    private final List<File> files;

    private AadsSet(List<File> files) {
        this.files = List.copyOf(files);
    }

    /** Whether {@code dir} holds TSV files with AADS's header. */
    static boolean holds(Path dir) {
        return !tables(dir).isEmpty();
    }

    private static List<Path> tables(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".tsv") && header(f).startsWith("token\tsentstart\ttoken_idx\tlabel\tfile"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static String header(Path file) {
        try (var lines = Files.lines(file)) {
            return lines.findFirst().orElse("");
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
    }

    /** Reads every TSV of {@code dir}; the first {@code limit} files in reading order (all when 0). */
    static AadsSet load(Path dir, int limit) {
        Map<String, List<String[]>> rows = new LinkedHashMap<>();
        for (Path tsv : tables(dir)) read(tsv, rows);
        List<File> files = new ArrayList<>();
        for (Map.Entry<String, List<String[]>> e : rows.entrySet()) {
            if (limit > 0 && files.size() == limit) break;
            files.add(file(e.getKey(), e.getValue()));
        }
        return new AadsSet(files);
    }

    /** Adds the rows of one TSV to {@code into}, by their file column, skipping the header and the EOF rows. */
    static void read(Path tsv, Map<String, List<String[]>> into) {
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator('\t').withSkipFirstDataRow(true);
        try (MappingIterator<String[]> it = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .readerFor(String[].class).with(schema).readValues(tsv.toFile())) {
            while (it.hasNextValue()) {
                String[] row = it.nextValue();
                if (row.length < 5 || Arrays.stream(row).allMatch(SEPARATOR::equals)) continue;
                into.computeIfAbsent(row[4], f -> new ArrayList<>()).add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + tsv, e);
        }
    }

    /** A file's text, every token at its offsets (code points) and spaces between, with its tokens. */
    static File file(String name, List<String[]> rows) {
        int length = 0;
        List<int[]> offsets = new ArrayList<>();
        for (String[] row : rows) {
            Matcher m = OFFSETS.matcher(row[2]);
            if (!m.matches()) throw new IllegalArgumentException(name + ": bad token_idx " + row[2]);
            int[] span = {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
            offsets.add(span);
            length = Math.max(length, span[1]);
        }
        int[] codePoints = new int[length];
        Arrays.fill(codePoints, ' ');
        for (int i = 0; i < rows.size(); i++) {
            int[] token = rows.get(i)[0].codePoints().toArray();
            int[] span = offsets.get(i);
            System.arraycopy(token, 0, codePoints, span[0], Math.min(token.length, span[1] - span[0]));
        }
        String text = new String(codePoints, 0, length);
        CodePoints index = new CodePoints(text);
        List<Token> tokens = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            int[] span = offsets.get(i);
            tokens.add(new Token(index.chars(span[0]), index.chars(span[1]), rows.get(i)[3].equals(DS),
                    SPACE.matcher(rows.get(i)[0]).matches()));
        }
        return new File(new QuoteDoc(name, text, LANGUAGE, null), tokens);
    }

    @Override
    public List<QuoteDoc> docs() {
        return files.stream().map(File::doc).toList();
    }

    /**
     * Veille's DS label of each token: at least half of the token inside a quotation of any kind (Veille calls some dash dialogue
     * indirect, having no quotation marks to go by) widened, over spaces,
     * to an opening mark or dash just before it and a closing mark just after it, as the gold labels them;
     * space tokens are never DS.
     */
    static boolean[] labels(File file, List<Predicted> quotes) {
        String text = file.doc().text();
        List<Stretch> spans = quotes.stream().map(q -> Stretch.of(widenStart(text, q.start()), widenEnd(text, q.end()))).toList();
        boolean[] ds = new boolean[file.tokens().size()];
        for (int i = 0; i < ds.length; i++) {
            Token t = file.tokens().get(i);
            if (t.space() || t.end() == t.start()) continue;
            for (Stretch s : spans) {
                if (s.overlap(t.start(), t.end()) >= Stretch.HALF * (t.end() - t.start())) {
                    ds[i] = true;
                    break;
                }
            }
        }
        return ds;
    }

    private static int widenStart(String text, int start) {
        int b = start;
        while (b > 0 && Character.isSpaceChar(text.charAt(b - 1))) b--;
        if (b == 0 || OPENING.indexOf(text.charAt(b - 1)) < 0) return start;
        while (b > 0 && OPENING.indexOf(text.charAt(b - 1)) >= 0) b--;
        return b;
    }

    private static int widenEnd(String text, int end) {
        int e = end;
        while (e < text.length() && Character.isSpaceChar(text.charAt(e))) e++;
        return e < text.length() && CLOSING.indexOf(text.charAt(e)) >= 0 ? e + 1 : end;
    }

    /** One row per file. */
    List<Row> score(List<List<Predicted>> predictions) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            File f = files.get(i);
            boolean[] veille = labels(f, predictions.get(i));
            long tp = 0, fp = 0, fn = 0, tn = 0;
            for (int t = 0; t < veille.length; t++) {
                boolean gold = f.tokens().get(t).ds();
                if (gold && veille[t]) tp++;
                else if (veille[t]) fp++;
                else if (gold) fn++;
                else tn++;
            }
            rows.add(new Row(f.doc().id(), veille.length, tp + fn, tp + fp, new Confusion(tp, fp, fn, tn)));
        }
        return rows;
    }

    @Override
    public void print(QuoteRun run, boolean errors, PrintWriter out) { // no speakers to list
        List<Row> rows = score(run.quotes());
        Row all = rows.stream().reduce(new Row("all", 0, 0, 0, Confusion.ZERO), Row::plus);
        out.printf(Locale.ROOT, "AADS-French: %d files, %d tokens, %d DS; a token is DS for Veille inside one of its quotations"
                + " (with the opening dash or guillemet and the closing guillemet)%n%n", files.size(), all.tokens(), all.gold());
        Table table = new Table("file", "tokens", "gold DS", "Veille DS", "precision", "recall", "F1");
        for (Row r : rows) row(table, r);
        row(table, all);
        table.print(out);
        QuoteMatch.finish(run, out, String.format(Locale.ROOT, "RESULT quotes set=aads f1=%s precision=%s recall=%s",
                Table.ratio(all.ds().f1()), Table.ratio(all.ds().precision()), Table.ratio(all.ds().recall())));
    }

    private static void row(Table table, Row r) {
        table.row(r.name(), r.tokens(), r.gold(), r.veille(), Table.ratio(r.ds().precision()), Table.ratio(r.ds().recall()),
                Table.ratio(r.ds().f1()));
    }
}
