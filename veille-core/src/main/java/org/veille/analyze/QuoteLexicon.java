// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of the quotation finder for one language: speech verbs in the forms news text uses,
 * and the small closed classes (determiners, pronouns, clause openers) that delimit a speaker's noun phrase.
 * The words are read once from {@code quotes-<lang>.txt} beside this class (sections described there); this class
 * holds only the morphology that turns listed verbs into the forms news prose uses. Immutable once built; built
 * once per {@link QuotationFinder}.
 */
final class QuoteLexicon {

    /** Which rules a language gets, and the file its words come from. */
    enum Lang {
        FR("fr"), EN("en"), NONE(null);

        final String code;

        Lang(String code) {
            this.code = code;
        }
    }

    /** Each language's sections, read once. */
    private static final Map<Lang, Map<String, List<String>>> LISTS = readLists();
    /** Letters an adverb has before its ending: "early" and "only" are not read by their ending. */
    private static final int MIN_ADVERB_STEM = 3;

    final Lang lang;
    final Set<String> past = new HashSet<>();       // participles after an auxiliary
    final Set<String> finite = new HashSet<>();     // finite forms usable without auxiliary
    final Set<String> gerund = new HashSet<>();
    final Set<String> objectControl = new HashSet<>();
    final Set<String> sayVerbs;
    final Set<String> aux;
    final Set<String> reflexiveAux;
    final Set<String> determiners;
    final Set<String> pronouns;
    final Set<String> backStop;
    final Set<String> clitics;
    final Set<String> fwdStop;
    final Set<String> datives;
    final Set<String> intro;
    final Set<String> infinitiveMarks;
    final Set<String> subordinators;
    final Set<String> adverbs;
    final List<String[]> adverbPhrases;
    final List<String[]> incises;
    final Set<String> auxAdverbs;
    /** Endings of the adverbs that may sit between a subject and its verb ("steadfastly refused"). */
    final Set<String> adverbSuffixes;
    final Set<String> titleCues;
    final Set<String> personNouns;
    /** A time noun phrase: determiner, time noun, modifiers ("la semaine dernière"), skipped like an adverb. */
    final Set<String> timeDeterminers;
    final Set<String> timeNouns;
    final Set<String> timeModifiers;
    /** Prepositions opening a time phrase between a subject and its verb ("qui dans la journée avait jugé"). */
    final Set<String> timePrepositions;
    /** Capitalised words that start sentences without being names: every language's, since captures mix them. */
    final Set<String> capFunction = everyLanguage("capitalised-function");
    /** Third-person pronouns, the ones that refer back to an earlier speaker. */
    final Set<String> anaphoric = everyLanguage("pronoun.anaphoric");
    /** Words ending like a participle that are not participles. */
    final Set<String> notParticiples = everyLanguage("not-participle");
    final Set<String> nameParticles = everyLanguage("name-particle");
    final Set<String> titleAbbreviations = everyLanguage("title-abbreviation");
    /** Multi-word verb forms by first word, longest first. */
    private final Map<String, List<String[]>> multi = new HashMap<>();

    QuoteLexicon(Lang lang) {
        this.lang = lang;
        Map<String, List<String>> lists = LISTS.getOrDefault(lang, Map.of());
        List<String[]> irregular = new ArrayList<>();
        for (String line : lists.getOrDefault("verb.irregular", List.of())) irregular.add(line.split("\\|"));
        switch (lang) {
            case FR -> {
                for (String inf : words(lists, "verb.er")) conjugateEr(inf);
                for (String inf : words(lists, "verb.ir")) conjugateIr(inf);
                for (String[] p : irregular) {
                    addForms(past, p[0].strip());
                    finite.addAll(forms(p[1]));
                    for (String g : forms(p[2])) {
                        if (!g.endsWith("_")) gerund.add(g); // "maintenant_" is an adverb, not a gerund
                    }
                }
                for (String inf : words(lists, "verb.object-control")) objectControlForms(inf, irregular);
            }
            case EN -> {
                for (String v : words(lists, "verb.regular")) conjugateEn(v);
                for (String[] line : irregular) {
                    for (String f : line[0].split(" ")) {
                        if (f.endsWith("ing")) gerund.add(f); else finite.add(f);
                    }
                }
                objectControl.addAll(words(lists, "verb.object-control"));
            }
            default -> { }
        }
        sayVerbs = words(lists, "verb.say");
        aux = words(lists, "auxiliary");
        reflexiveAux = words(lists, "auxiliary.reflexive");
        determiners = words(lists, "determiner");
        pronouns = words(lists, "pronoun");
        backStop = words(lists, "stop.backward");
        clitics = words(lists, "clitic");
        fwdStop = words(lists, "stop.forward");
        datives = words(lists, "dative");
        intro = words(lists, "intro");
        infinitiveMarks = words(lists, "infinitive-mark");
        subordinators = words(lists, "subordinator");
        adverbs = words(lists, "adverb");
        adverbPhrases = phrases(lists.getOrDefault("adverb.phrase", List.of()));
        incises = phrases(lists.getOrDefault("incise", List.of()));
        auxAdverbs = words(lists, "adverb.auxiliary");
        adverbSuffixes = words(lists, "adverb.suffix");
        titleCues = words(lists, "title-cue");
        personNouns = words(lists, "person-noun");
        timeDeterminers = words(lists, "time.determiner");
        timeNouns = words(lists, "time.noun");
        timeModifiers = words(lists, "time.modifier");
        timePrepositions = words(lists, "time.preposition");
    }

    private static Map<Lang, Map<String, List<String>>> readLists() {
        Map<Lang, Map<String, List<String>>> out = new java.util.EnumMap<>(Lang.class);
        for (Lang l : Lang.values()) {
            if (l.code != null) SectionedWords.read("quotes-" + l.code + ".txt").ifPresent(m -> out.put(l, m));
        }
        return out;
    }

    /** A section's words in every language's file. */
    private static Set<String> everyLanguage(String section) {
        Set<String> out = new HashSet<>();
        for (Map<String, List<String>> lists : LISTS.values()) out.addAll(words(lists, section));
        return Set.copyOf(out);
    }

    static Lang langOf(String language) {
        String l = language == null ? "" : language.toLowerCase(Locale.ROOT);
        if (l.startsWith("fr")) return Lang.FR;
        if (l.startsWith("en")) return Lang.EN;
        return Lang.NONE;
    }

    // --- conjugation, enough for third person in news prose

    private void conjugateEr(String inf) {
        conjugateEr(inf, past, finite, gerund);
    }

    private static void conjugateEr(String inf, Set<String> past, Set<String> finite, Set<String> gerund) {
        String s = inf.substring(0, inf.length() - 2);
        // c -> ç and g -> ge before a/o keep the sound: annonça, jugeant
        String sa = s.endsWith("c") ? s.substring(0, s.length() - 1) + "ç" : s.endsWith("g") ? s + "e" : s;
        addForms(past, s + "é");
        for (String f : new String[] {s + "e", s + "ent", sa + "ait", sa + "aient", sa + "a", s + "èrent", s + "era",
                s + "eront", s + "erait"}) {
            finite.add(f);
        }
        // stem-changing verbs: rappelle, répète, suggère
        finite.add(s.replaceAll("é([^é]+)$", "è$1") + "e");
        if (s.endsWith("el") || s.endsWith("et")) finite.add(s + s.charAt(s.length() - 1) + "e"); // rappelle
        gerund.add(sa + "ant");
    }

    private void conjugateIr(String inf) {
        String s = inf.substring(0, inf.length() - 2);
        addForms(past, s + "i");
        for (String f : new String[] {s + "it", s + "issent", s + "issait", s + "issaient", s + "ira"}) finite.add(f);
        gerund.add(s + "issant");
    }

    private void objectControlForms(String inf, List<String[]> irregular) {
        if (inf.endsWith("er")) {
            Set<String> p = new HashSet<>(), f = new HashSet<>(), g = new HashSet<>();
            conjugateEr(inf, p, f, g);
            objectControl.addAll(p);
            objectControl.addAll(f);
            objectControl.addAll(g);
            return;
        }
        String stem = inf.substring(0, Math.min(4, inf.length()));
        for (String[] parts : irregular) {
            if (parts[0].strip().startsWith(stem)) {
                addForms(objectControl, parts[0].strip());
                objectControl.addAll(forms(parts[1]));
                objectControl.addAll(forms(parts[2]));
            }
        }
    }

    /** Whether {@code word} (lower case) is an adverb by its ending, a letter or more before it ("pointedly"). */
    boolean isSuffixedAdverb(String word) {
        for (String suffix : adverbSuffixes) {
            if (word.length() > suffix.length() + MIN_ADVERB_STEM && word.endsWith(suffix)) return true;
        }
        return false;
    }

    private void conjugateEn(String v) {
        finite.add(v);
        finite.add(v.endsWith("s") || v.endsWith("sh") || v.endsWith("ch") ? v + "es"
                : v.endsWith("y") && !v.endsWith("ay") ? v.substring(0, v.length() - 1) + "ies" : v + "s");
        finite.add(v.endsWith("e") ? v + "d" : v.endsWith("y") && !v.endsWith("ay") ? v.substring(0, v.length() - 1) + "ied"
                : v + "ed");
        gerund.add(v.endsWith("e") && !v.endsWith("ee") ? v.substring(0, v.length() - 1) + "ing" : v + "ing");
    }

    private static void addForms(Set<String> set, String pp) {
        set.add(pp);
        if (pp.indexOf(' ') < 0) {
            if (!pp.endsWith("s")) set.add(pp + "s");
            set.add(pp + "e");
            set.add(pp + "es");
        }
    }

    /** The comma-separated forms of an irregular verb's entry ("met en garde, mettait en garde"). */
    private static List<String> forms(String field) {
        List<String> out = new ArrayList<>();
        for (String f : field.split(",")) {
            if (!f.isBlank()) out.add(f.strip());
        }
        return out;
    }

    /** A section's words, each also with the other apostrophe ("l'" and "l’"). */
    private static Set<String> words(Map<String, List<String>> lists, String section) {
        return words(String.join(" ", lists.getOrDefault(section, List.of())));
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        for (String w : s.split("\\s+")) {
            if (!w.isEmpty()) {
                out.add(w);
                out.add(w.replace('’', '\''));
                out.add(w.replace('\'', '’'));
            }
        }
        return Set.copyOf(out);
    }

    private static List<String[]> phrases(List<String> list) {
        List<String[]> out = new ArrayList<>();
        for (String p : list) out.add(p.split(" "));
        out.sort((a, b) -> b.length - a.length);
        return List.copyOf(out);
    }

    /** Indexes multi-word forms; called once after construction by the finder. */
    QuoteLexicon seal() {
        for (Set<String> set : List.of(past, finite, gerund)) {
            for (String f : set) {
                if (f.indexOf(' ') > 0) {
                    String[] parts = f.split(" ");
                    multi.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(parts);
                }
            }
        }
        multi.values().forEach(l -> l.sort((a, b) -> b.length - a.length));
        return this;
    }

    /**
     * How many tokens starting at {@code words[i]} form a verb of {@code set} (0 if none).
     * Handles multi-word forms such as "mis en garde" or "fait remarquer".
     */
    int match(Set<String> set, List<String> words, int i) {
        String w = words.get(i);
        if (w == null) return 0;
        List<String[]> candidates = multi.get(w);
        if (candidates != null) {
            for (String[] c : candidates) {
                if (!set.contains(String.join(" ", c)) || i + c.length > words.size()) continue;
                boolean ok = true;
                for (int k = 1; k < c.length && ok; k++) ok = c[k].equals(words.get(i + k));
                if (ok) return c.length;
            }
        }
        return set.contains(w) ? 1 : 0;
    }

    boolean isSpeechForm(String w) {
        return w != null && (past.contains(w) || finite.contains(w) || gerund.contains(w));
    }
}
