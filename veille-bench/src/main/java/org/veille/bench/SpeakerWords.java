// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The speaker match of the quotation benches: two designations of a speaker agree when they share a
 * content word, case-insensitively, where a content word is any word outside the language's pronouns,
 * determiners, titles and grammar words ({@code speaker-words-<lang>.txt}). Immutable, thread-safe.
 */
final class SpeakerWords {

    /** What separates words: anything but letters (with their marks) and digits; "j'", "-t-il" split there. */
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");
    private static final String PRONOUNS = "[pronouns]";

    private final Set<String> pronouns;
    private final Set<String> functionWords;

    private SpeakerWords(Set<String> pronouns, Set<String> functionWords) {
        this.pronouns = Set.copyOf(pronouns);
        this.functionWords = Set.copyOf(functionWords);
    }

    /** The lists of a language: "en" or "fr". */
    static SpeakerWords of(String language) {
        String name = "speaker-words-" + language + ".txt";
        try (InputStream in = SpeakerWords.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalArgumentException("no " + name + " for language " + language);
            Set<String> pronouns = new HashSet<>();
            Set<String> all = new HashSet<>();
            String section = "";
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                if (line.startsWith("[")) {
                    section = line;
                    continue;
                }
                List<String> words = Arrays.asList(line.split("\\s+"));
                all.addAll(words);
                if (section.equals(PRONOUNS)) pronouns.addAll(words);
            }
            return new SpeakerWords(pronouns, all);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /** The words of a text as printed. */
    static List<String> words(String text) {
        if (text == null) return List.of();
        return Arrays.stream(NON_WORD.split(text)).filter(w -> !w.isEmpty()).toList();
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    /** The lower-cased content words of a text. */
    Set<String> contentWords(String text) {
        Set<String> content = new HashSet<>();
        for (String w : words(text)) {
            if (!functionWords.contains(lower(w))) content.add(lower(w));
        }
        return content;
    }

    /** Whether two designations share a content word; null shares nothing. */
    boolean agree(String a, String b) {
        Set<String> shared = contentWords(a);
        shared.retainAll(contentWords(b));
        return !shared.isEmpty();
    }

    /** Whether a designation is pronouns only ("il", "-t-il", "he"). */
    boolean isPronoun(String text) {
        List<String> words = words(text);
        return !words.isEmpty() && words.stream().allMatch(w -> pronouns.contains(lower(w)));
    }

    /** Whether a designation holds a capitalised content word, a name ("The Post", "Mr. Trump"; not "the source", "He"). */
    boolean holdsName(String text) {
        return words(text).stream().anyMatch(w -> Character.isUpperCase(w.codePointAt(0)) && !functionWords.contains(lower(w)));
    }
}
