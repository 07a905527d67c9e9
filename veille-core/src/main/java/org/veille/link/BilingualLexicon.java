// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.link;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * English translations of the content words of other languages, from FreeDict's dictionaries as Debian
 * installs them (packages {@code dict-freedict-fra-eng}, {@code dict-freedict-deu-eng},
 * {@code dict-freedict-spa-eng}, ...: {@code freedict-XXX-eng.index} and {@code .dict.dz} in
 * {@code /usr/share/dictd}). The reverse dictionaries ({@code freedict-eng-XXX}), when installed, are read
 * backwards and add their English headwords after the forward translations.
 *
 * <p>A word is looked up lower-cased with its accents ("pêche" is not "péché"), then accents folded
 * ("etats" finds "états"). Only one-word headwords are kept: the similarity compares words. A translation
 * of several words ("give up") is kept whole, as printed. Languages are ISO 639-1 codes ("fr").
 *
 * <p>Loaded once by the caller from a folder it names ({@link #load}), immutable and thread-safe; no global
 * state. A folder without dictionaries gives an empty lexicon ({@link #isEmpty}), never an error; a damaged
 * dictionary is left out and named in {@link #problems}.
 */
public final class BilingualLexicon {

    /** Where Debian's dict-freedict-* packages put their files. */
    public static final Path DEBIAN_DICTD = Path.of("/usr/share/dictd");
    /**
     * Translations kept per word: FreeDict lists the common senses first, and the rare ones past these
     * ("abattage": overthrow, subversion, courage) would match unrelated English words.
     */
    static final int MAX_TRANSLATIONS = 8;

    private static final Pattern FILE = Pattern.compile("freedict-([a-z]{3})-([a-z]{3})\\.index");
    private static final String ENGLISH = "eng";

    private final Map<String, Table> tables;
    private final List<String> problems;

    /** The words of one language: by key with accents, and by key folded to ASCII. */
    private record Table(Map<String, List<String>> exact, Map<String, List<String>> folded) {
        List<String> lookup(String word) {
            String key = FreeDictEntry.key(word);
            List<String> found = exact.get(key);
            if (found == null) found = folded.get(fold(key));
            return found == null ? List.of() : found;
        }
    }

    private BilingualLexicon(Map<String, Table> tables, List<String> problems) {
        this.tables = Map.copyOf(tables);
        this.problems = List.copyOf(problems);
    }

    /** A lexicon that translates nothing. */
    public static BilingualLexicon empty() {
        return new BilingualLexicon(Map.of(), List.of());
    }

    /**
     * Reads every FreeDict dictionary into English ({@code freedict-XXX-eng}) in a folder, and the reverse ones
     * ({@code freedict-eng-XXX}); empty when the folder or the files are missing.
     */
    public static BilingualLexicon load(Path directory) {
        if (!Files.isDirectory(directory)) return empty();
        Map<String, Builder> builders = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        Map<String, String> shared = new HashMap<>(); // one String per distinct translation across the lexicon
        List<Path[]> forward = new ArrayList<>();
        List<Path[]> reverse = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "freedict-*.index")) {
            for (Path index : files) {
                Matcher m = FILE.matcher(index.getFileName().toString());
                if (!m.matches()) continue;
                Path dict = index.resolveSibling(index.getFileName().toString().replaceFirst("\\.index$", ".dict.dz"));
                if (!Files.isRegularFile(dict)) {
                    problems.add(dict + ": missing");
                    continue;
                }
                if (m.group(2).equals(ENGLISH) && !m.group(1).equals(ENGLISH)) forward.add(new Path[] {index, dict, Path.of(m.group(1))});
                if (m.group(1).equals(ENGLISH) && !m.group(2).equals(ENGLISH)) reverse.add(new Path[] {index, dict, Path.of(m.group(2))});
            }
        } catch (IOException e) {
            problems.add(directory + ": " + e.getMessage());
        }
        forward.sort((a, b) -> a[0].compareTo(b[0]));
        reverse.sort((a, b) -> a[0].compareTo(b[0]));
        // forward dictionaries first, so their translations come before the reverse ones' headwords
        for (Path[] f : forward) {
            String language = iso6391(f[2].toString());
            if (language == null) continue;
            Builder b = builders.computeIfAbsent(language, l -> new Builder(shared));
            read(f[0], f[1], problems, (headword, definition) -> {
                if (headword.indexOf(' ') >= 0) return;
                b.add(headword, FreeDictEntry.translations(definition, headword));
            });
        }
        for (Path[] r : reverse) {
            String language = iso6391(r[2].toString());
            if (language == null) continue;
            Builder b = builders.computeIfAbsent(language, l -> new Builder(shared));
            read(r[0], r[1], problems, (headword, definition) -> {
                String english = FreeDictEntry.printedHead(definition, headword);
                if (english == null) return;
                for (String foreign : FreeDictEntry.translations(definition, headword)) {
                    String key = FreeDictEntry.key(foreign);
                    if (!key.isEmpty() && key.indexOf(' ') < 0) b.add(key, List.of(english));
                }
            });
        }
        Map<String, Table> tables = new HashMap<>();
        builders.forEach((language, b) -> {
            if (!b.exact.isEmpty()) tables.put(language, b.build());
        });
        return new BilingualLexicon(tables, problems);
    }

    /** English translations of a word of {@code language}, most common sense first; empty when unknown. */
    public List<String> translations(String language, String word) {
        Table table = tables.get(language);
        return table == null ? List.of() : table.lookup(word);
    }

    /** Whether this lexicon translates from {@code language} into English. */
    public boolean covers(String language) {
        return tables.containsKey(language);
    }

    /** The languages translated into English, ISO 639-1. */
    public Set<String> languages() {
        return Collections.unmodifiableSet(new TreeSet<>(tables.keySet()));
    }

    /** How many headwords of {@code language} this lexicon holds. */
    public int headwords(String language) {
        Table table = tables.get(language);
        return table == null ? 0 : table.exact.size();
    }

    /** True when no dictionary was found: the caller can say the packages are missing. */
    public boolean isEmpty() {
        return tables.isEmpty();
    }

    /** Dictionaries that were found but could not be read, with why. */
    public List<String> problems() {
        return problems;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("BilingualLexicon");
        tables.keySet().stream().sorted().forEach(l -> s.append(' ').append(l).append('=').append(headwords(l)));
        return s.toString();
    }

    private interface DefinitionSink {
        void accept(String headword, String definition);
    }

    /** Reads a dictionary's definitions in one pass over its text: the index is ordered by offset. */
    private static void read(Path index, Path dict, List<String> problems, DefinitionSink sink) {
        try {
            List<DictdIndex.Headword> headwords = DictdIndex.read(index);
            // dictzip is gzip with a table of chunks in an extra field, which GZIPInputStream skips
            try (InputStream text = new BufferedInputStream(new GZIPInputStream(Files.newInputStream(dict), 1 << 16), 1 << 16)) {
                long at = 0;
                long lastOffset = -1;
                String definition = "";
                for (DictdIndex.Headword h : headwords) {
                    if (h.offset() != lastOffset) {
                        if (h.offset() < at) throw new IOException("definitions overlap at " + h.offset());
                        text.skipNBytes(h.offset() - at);
                        byte[] bytes = text.readNBytes(h.length());
                        if (bytes.length < h.length()) throw new IOException("text ends before " + h.word() + "'s definition");
                        definition = new String(bytes, StandardCharsets.UTF_8);
                        at = h.offset() + h.length();
                        lastOffset = h.offset();
                    }
                    sink.accept(h.word(), definition);
                }
            }
        } catch (IOException e) {
            problems.add(dict + ": " + e.getMessage());
        }
    }

    /** The two-letter code of a three-letter one ("deu" → "de"), or null. */
    private static String iso6391(String iso6393) {
        for (String two : Locale.getISOLanguages()) {
            if (Locale.of(two).getISO3Language().equals(iso6393)) return two;
        }
        return null;
    }

    /** A key folded to ASCII ("états" → "etats", "straße" → "strasse"). */
    static String fold(String key) {
        char[] in = key.toCharArray();
        char[] out = new char[in.length * 4];
        int length = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
        return new String(out, 0, length);
    }

    /** Collects one language's entries while dictionaries are read. Not thread-safe: used during loading only. */
    private static final class Builder {
        private final Map<String, String> shared;
        private final Map<String, List<String>> exact = new HashMap<>();

        Builder(Map<String, String> shared) {
            this.shared = shared;
        }

        void add(String key, List<String> translations) {
            if (translations.isEmpty()) return;
            List<String> list = exact.computeIfAbsent(key, k -> new ArrayList<>(2));
            for (String t : translations) {
                if (list.size() >= MAX_TRANSLATIONS) break;
                String one = shared.computeIfAbsent(t, x -> x);
                if (!list.contains(one)) list.add(one);
            }
        }

        Table build() {
            Map<String, List<String>> frozen = new HashMap<>(exact.size() * 4 / 3 + 1);
            Map<String, List<String>> folded = new HashMap<>();
            for (Map.Entry<String, List<String>> e : exact.entrySet()) {
                List<String> list = List.copyOf(e.getValue());
                frozen.put(e.getKey(), list);
                String f = fold(e.getKey());
                if (!f.equals(e.getKey())) folded.putIfAbsent(f, list);
            }
            for (Map.Entry<String, List<String>> e : frozen.entrySet()) {
                if (fold(e.getKey()).equals(e.getKey())) folded.remove(e.getKey()); // an unaccented headword is found exactly
            }
            return new Table(Map.copyOf(frozen), Map.copyOf(folded));
        }
    }
}
