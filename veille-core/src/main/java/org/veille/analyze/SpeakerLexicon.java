// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words the speaker sieves need for one language, read once from {@code speakers-<lang>.txt}
 * (pronouns by gender, anonymous openers, honorifics, venue phrases, words that are never a speaker,
 * collective and role nouns). Adding a language means adding its file. Immutable and thread-safe.
 */
final class SpeakerLexicon {

    /** Grammatical gender of a person as the text shows it. */
    enum Gender { MASCULINE, FEMININE, PLURAL, UNKNOWN }

    /** Languages that have a file; others get the empty lexicon (no speaker rules beyond names). */
    private static final List<String> LANGUAGES = List.of("fr", "en");

    private final Map<String, Set<String>> sections;
    private final Map<String, String> roleSynonyms;
    /** The longest phrase, in words, of each section: phrase lookups try no longer spans. */
    private final Map<String, Integer> longest = new HashMap<>();

    private SpeakerLexicon(Map<String, Set<String>> sections, Map<String, String> roleSynonyms) {
        this.sections = sections;
        this.roleSynonyms = roleSynonyms;
        sections.forEach((name, phrases) -> longest.put(name,
                phrases.stream().mapToInt(p -> p.split(" ").length).max().orElse(0)));
    }

    /** The lexicons of every language that has a file, by ISO 639-1 code. */
    static Map<String, SpeakerLexicon> all() {
        Map<String, SpeakerLexicon> all = new HashMap<>();
        for (String language : LANGUAGES) all.put(language, load(language));
        return Map.copyOf(all);
    }

    static SpeakerLexicon empty() {
        return new SpeakerLexicon(Map.of(), Map.of());
    }

    static SpeakerLexicon load(String language) {
        String name = "speakers-" + language + ".txt";
        Map<String, List<String>> lines = SectionedWords.read(name)
                .orElseThrow(() -> new IllegalStateException("missing resource " + name));
        Map<String, Set<String>> sections = new HashMap<>();
        Map<String, String> synonyms = new HashMap<>();
        lines.forEach((section, entries) -> {
            Set<String> phrases = sections.computeIfAbsent(section, s -> new HashSet<>());
            for (String line : entries) {
                if (section.equals("role.synonym")) {
                    String[] sides = line.split("\\s*=\\s*", 2);
                    synonyms.put(sides[0], sides[1]);
                    synonyms.put(fold(sides[0]), sides[1]);
                    sections.computeIfAbsent("role", s -> new HashSet<>()).addAll(List.of(sides[0], fold(sides[0])));
                } else if (section.equals("role")) {
                    // news prints capitals without accents ("secrétaire d'Etat"): roles are found either way
                    phrases.addAll(List.of(line, fold(line)));
                } else if (isWordList(section)) {
                    phrases.addAll(List.of(line.split(" ")));
                } else {
                    phrases.add(line);
                }
            }
        });
        Map<String, Set<String>> frozen = new HashMap<>();
        sections.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        return new SpeakerLexicon(Map.copyOf(frozen), Map.copyOf(synonyms));
    }

    /** Sections whose lines are lists of single words rather than one phrase. */
    private static boolean isWordList(String section) {
        return section.startsWith("pronoun.") || section.startsWith("title.") || section.startsWith("determiner.") || section.startsWith("name.")
                || section.equals("not.speaker") || section.equals("not.speaker.alone")
                || section.equals("modifier") || section.equals("complement") || section.equals("clause.opener")
                || section.equals("relative") || section.equals("genitive") || section.equals("role.prefix") || section.equals("address") || section.equals("determiner.definite") || section.equals("collective.self") || section.equals("term.naming");
    }

    /** Lower case, typographic apostrophe as "'", single spaces: the form phrases are stored in. */
    static String normalize(String words) {
        return words.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll(WordTokenizer.SPACES, " ").strip();
    }

    /** Words back into a phrase: a space between words, none after an elision ("l'" + "un" = "l'un"). */
    static String join(List<String> words) {
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            if (!b.isEmpty() && b.charAt(b.length() - 1) != '\'') b.append(' ');
            b.append(w);
        }
        return b.toString();
    }

    boolean has(String section, String phrase) {
        return sections.getOrDefault(section, Set.of()).contains(normalize(phrase));
    }

    /** Words the longest phrase of {@code section} has, so callers bound their lookups. */
    int longestPhrase(String section) {
        return longest.getOrDefault(section, 0);
    }

    /** The gender a pronoun ("elle") or anaphoric phrase ("cette dernière") tells, or empty when it is neither. */
    Optional<Gender> pronounGender(String word) {
        if (has("pronoun.masculine", word) || has("anaphor.masculine", word)) return Optional.of(Gender.MASCULINE);
        if (has("pronoun.feminine", word) || has("anaphor.feminine", word)) return Optional.of(Gender.FEMININE);
        if (has("pronoun.plural", word)) return Optional.of(Gender.PLURAL);
        return Optional.empty();
    }

    /** The gender an honorific or determiner tells, else {@link Gender#UNKNOWN}. */
    Gender genderOfMarker(String word) {
        if (has("title.masculine", word) || has("determiner.masculine", word)) return Gender.MASCULINE;
        if (has("title.feminine", word) || has("determiner.feminine", word)) return Gender.FEMININE;
        return Gender.UNKNOWN;
    }

    boolean isDeterminer(String word) {
        return has("determiner.masculine", word) || has("determiner.feminine", word) || has("determiner.other", word);
    }

    /** Index of the designation's head word: the first that is no determiner, honorific nor modifier. */
    int head(List<String> words) {
        int i = 0;
        while (i < words.size() && (isDeterminer(words.get(i)) || has("modifier", words.get(i)))) i++;
        return i;
    }

    /**
     * The role phrase starting at {@code from}, longest first ("premier ministre" before "premier"), or null. A
     * role noun behind a prefix ("vice-président", "ex-ministre", "sous-préfète") is a role of its own.
     */
    String roleAt(List<String> words, int from) {
        for (int n = Math.min(longestPhrase("role"), words.size() - from); n >= 1; n--) {
            String phrase = join(words.subList(from, from + n));
            if (has("role", phrase) || has("role", fold(phrase))) return role(phrase);
        }
        return from < words.size() && compoundRole(words.get(from)) ? fold(normalize(words.get(from))) : null;
    }

    /** How many words the longest role phrase starting at {@code from} has, or 0 when none starts there. */
    int roleLength(List<String> words, int from) {
        for (int n = Math.min(longestPhrase("role"), words.size() - from); n >= 1; n--) {
            String phrase = join(words.subList(from, from + n));
            if (has("role", phrase) || has("role", fold(phrase))) return n;
        }
        return from < words.size() && compoundRole(words.get(from)) ? 1 : 0;
    }

    /** "vice-président", "co-fondatrice": a role noun behind a prefix of {@code role.prefix} ("petit-fils" is none). */
    private boolean compoundRole(String word) {
        String last = withoutRolePrefix(word);
        return !last.equals(word) && (has("role", last) || has("role", fold(last)));
    }

    /** The word without a prefix of {@code role.prefix}: "ex-patron" → "patron", "vice-présidente" → "présidente". */
    String withoutRolePrefix(String word) {
        int dash = word.indexOf('-');
        if (dash <= 0 || dash == word.length() - 1 || !has("role.prefix", word.substring(0, dash))) return word;
        return word.substring(dash + 1);
    }

    /** Without accents: "secrétaire d'état" → "secretaire d'etat". */
    static String fold(String phrase) {
        return java.text.Normalizer.normalize(phrase, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    boolean isTitle(String word) {
        return has("title.masculine", word) || has("title.feminine", word) || has("title.other", word);
    }

    /** The role a role noun stands for, without accents: "édile" → "maire"; the noun itself when it has no synonym. */
    String role(String noun) {
        String n = normalize(noun);
        return fold(roleSynonyms.getOrDefault(n, roleSynonyms.getOrDefault(fold(n), n)));
    }
}
