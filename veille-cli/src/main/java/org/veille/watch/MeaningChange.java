// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.watch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a later wording of a statement changes what it says: the same words, mostly, but a number replaced by
 * another ("24 milliards" printed "42 milliards") or its negation dropped or added ("nous ne fermerons pas" printed
 * "nous fermerons"). Words are compared folded (no accents, lower case), as {@link TopicAlerts} keeps them. The
 * negations of each language are a resource file, {@code negations-LANG.txt}, read once; a language without one has
 * only its numbers compared. Thread-safe.
 */
final class MeaningChange {

    /**
     * Share of the shorter wording's other words (numbers and negations aside) the longer must hold for the two to be
     * one statement: below it they are two statements, and their numbers need not agree.
     */
    static final double SAME_STATEMENT = 0.6;
    /** Fewest such words shared: two short phrases that share "le" and "a" are not one statement. */
    static final int MIN_SHARED_WORDS = 4;

    private static final Map<String, Set<String>> NEGATIONS = new ConcurrentHashMap<>();

    private MeaningChange() {}

    /**
     * How {@code after} changes the meaning of {@code before} when it is another wording of it ("the number 24 became
     * 42", "its negation was dropped"), else empty.
     *
     * @param language the language both are in (ISO 639-1), or null
     */
    static Optional<String> between(List<String> before, List<String> after, String language) {
        Set<String> negations = language == null ? Set.of() : negations(language);
        Set<String> wordsBefore = plainWords(before, negations), wordsAfter = plainWords(after, negations);
        Set<String> shared = new HashSet<>(wordsBefore);
        shared.retainAll(wordsAfter);
        int shorter = Math.min(wordsBefore.size(), wordsAfter.size());
        if (shared.size() < MIN_SHARED_WORDS || shared.size() < SAME_STATEMENT * shorter) return Optional.empty();

        Set<String> numbersBefore = numbers(before), numbersAfter = numbers(after);
        Set<String> gone = new HashSet<>(numbersBefore), come = new HashSet<>(numbersAfter);
        gone.removeAll(numbersAfter);
        come.removeAll(numbersBefore);
        if (!gone.isEmpty() && !come.isEmpty()) { // a number cut from a shorter quote is no change; one replaced is
            return Optional.of("the number " + String.join(", ", gone.stream().sorted().toList()) + " became "
                    + String.join(", ", come.stream().sorted().toList()));
        }
        boolean negatedBefore = before.stream().anyMatch(negations::contains), negatedAfter = after.stream().anyMatch(negations::contains);
        if (negatedBefore && !negatedAfter) return Optional.of("its negation was dropped");
        if (!negatedBefore && negatedAfter) return Optional.of("a negation was added");
        return Optional.empty();
    }

    private static Set<String> plainWords(List<String> words, Set<String> negations) {
        Set<String> out = new HashSet<>();
        for (String w : words) if (!isNumber(w) && !negations.contains(w)) out.add(w);
        return out;
    }

    private static Set<String> numbers(List<String> words) {
        Set<String> out = new HashSet<>();
        for (String w : words) if (isNumber(w)) out.add(w);
        return out;
    }

    private static boolean isNumber(String word) {
        return !word.isEmpty() && word.chars().allMatch(Character::isDigit);
    }

    /** The language's negations, read once from its resource file; none when it has no file. */
    static Set<String> negations(String language) {
        return NEGATIONS.computeIfAbsent(language, MeaningChange::read);
    }

    private static Set<String> read(String language) {
        if (!language.matches("[a-z]{2,3}")) return Set.of();
        try (InputStream in = MeaningChange.class.getResourceAsStream("negations-" + language + ".txt")) {
            if (in == null) return Set.of();
            Set<String> words = new HashSet<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    String w = line.strip();
                    if (!w.isEmpty() && !w.startsWith("#")) words.add(w);
                }
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the negations of " + language, e);
        }
    }
}
