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
 * <p>Made once by the caller from a folder it names ({@link #load}), which finds the dictionaries; each
 * language's are read the first time a word of that language is looked up, so a run in French never reads German's
 * 55 MB (about 8 s). Thread-safe; no global state. A folder without dictionaries gives an empty lexicon
 * ({@link #isEmpty}), never an error; a damaged dictionary is left out and named in {@link #problems}.
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

    private static final Table NONE = new Table(Map.of(), Map.of());

    /** Each language's dictionaries: forward ones ({@code freedict-XXX-eng}) first, then reverse ones. */
    private final Map<String, List<Dictionary>> sources;
    private final Map<String, Table> tables = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<String> problems;

    /** One dictionary's files, and whether it is read backwards (English headwords). */
    private record Dictionary(Path index, Path dict, boolean reverse) {}

    /** The words of one language: by key with accents, and by key folded to ASCII. */
    private record Table(Map<String, List<String>> exact, Map<String, List<String>> folded) {
        List<String> lookup(String word) {
            String key = FreeDictEntry.key(word);
            List<String> found = exact.get(key);
            if (found == null) found = folded.get(fold(key));
            return found == null ? List.of() : found;
        }
    }

    private BilingualLexicon(Map<String, List<Dictionary>> sources, List<String> problems) {
        this.sources = Map.copyOf(sources);
        this.problems = new java.util.concurrent.CopyOnWriteArrayList<>(problems);
    }

    /** A lexicon that translates nothing. */
    public static BilingualLexicon empty() {
        return new BilingualLexicon(Map.of(), List.of());
    }

    /**
     * The FreeDict dictionaries into English ({@code freedict-XXX-eng}) in a folder, and the reverse ones
     * ({@code freedict-eng-XXX}); empty when the folder or the files are missing. Only file names are read here.
     */
    public static BilingualLexicon load(Path directory) {
        if (!Files.isDirectory(directory)) return empty();
        List<String> problems = new ArrayList<>();
        List<Path[]> found = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "freedict-*.index")) {
            for (Path index : files) found.add(new Path[] {index});
        } catch (IOException e) {
            problems.add(directory + ": " + e.getMessage());
        }
        found.sort((a, b) -> a[0].compareTo(b[0]));
        Map<String, List<Dictionary>> sources = new TreeMap<>();
        for (boolean reverse : new boolean[] {false, true}) { // forward first: their translations come before reverse headwords
            for (Path[] f : found) {
                Path index = f[0];
                Matcher m = FILE.matcher(index.getFileName().toString());
                if (!m.matches()) continue;
                boolean forward = m.group(2).equals(ENGLISH) && !m.group(1).equals(ENGLISH);
                boolean backward = m.group(1).equals(ENGLISH) && !m.group(2).equals(ENGLISH);
                if (reverse ? !backward : !forward) continue;
                Path dict = index.resolveSibling(index.getFileName().toString().replaceFirst("\\.index$", ".dict.dz"));
                if (!Files.isRegularFile(dict)) {
                    problems.add(dict + ": missing");
                    continue;
                }
                String language = iso6391(reverse ? m.group(2) : m.group(1));
                if (language != null) sources.computeIfAbsent(language, l -> new ArrayList<>()).add(new Dictionary(index, dict, reverse));
            }
        }
        return new BilingualLexicon(sources, problems);
    }

    /** A language's table, its dictionaries read on first use. */
    private Table table(String language) {
        if (language == null || !sources.containsKey(language)) return NONE;
        return tables.computeIfAbsent(language, this::read);
    }

    private Table read(String language) {
        Builder b = new Builder(new HashMap<>()); // one String per distinct translation of the language
        for (Dictionary d : sources.get(language)) {
            if (!d.reverse()) {
                read(d.index(), d.dict(), problems, (headword, definition) -> {
                    if (headword.indexOf(' ') >= 0) return;
                    b.add(headword, FreeDictEntry.translations(definition, headword));
                });
            } else {
                read(d.index(), d.dict(), problems, (headword, definition) -> {
                    String english = FreeDictEntry.printedHead(definition, headword);
                    if (english == null) return;
                    for (String foreign : FreeDictEntry.translations(definition, headword)) {
                        String key = FreeDictEntry.key(foreign);
                        if (!key.isEmpty() && key.indexOf(' ') < 0) b.add(key, List.of(english));
                    }
                });
            }
        }
        return b.exact.isEmpty() ? NONE : b.build();
    }

    /** English translations of a word of {@code language}, most common sense first; empty when unknown. */
    public List<String> translations(String language, String word) {
        Table table = table(language);
        return table == NONE ? List.of() : table.lookup(word);
    }

    /** Whether this lexicon translates from {@code language} into English (its dictionaries are read now). */
    public boolean covers(String language) {
        return table(language) != NONE;
    }

    /** The languages translated into English, ISO 639-1 (all dictionaries are read). */
    public Set<String> languages() {
        Set<String> out = new TreeSet<>();
        for (String language : sources.keySet()) if (covers(language)) out.add(language);
        return Collections.unmodifiableSet(out);
    }

    /** How many headwords of {@code language} this lexicon holds. */
    public int headwords(String language) {
        return table(language).exact.size();
    }

    /** True when no dictionary file was found: the caller can say the packages are missing. */
    public boolean isEmpty() {
        return sources.isEmpty();
    }

    /** Dictionaries that were found but could not be read, with why. */
    public List<String> problems() {
        return problems;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("BilingualLexicon");
        languages().forEach(l -> s.append(' ').append(l).append('=').append(headwords(l)));
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
