// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * The gender of a first name, from LanguageTool's French part-of-speech dictionary (already on the
 * class path for the extract stage), which tags proper nouns with theirs: "Jean-Luc Z m", "Agnès Z f",
 * "Camille Z e" (either). It knows first names of many languages as French news prints them ("Donald",
 * "Angela", "Dmitri"). The dictionary is read once and shared; lookups are per caller.
 */
final class FirstNameGenders {

    private static final String DICTIONARY = "/org/languagetool/resource/fr/french.dict";
    /** LanguageTool's tags of a verb form ("V etre ind pres 3 s"). */
    private static final String VERB = "V";
    /** LanguageTool's tag of any proper noun. */
    private static final String PROPER = "Z";
    /** LanguageTool's tags of a common noun and of an adjective ("N f s", "J m s"). */
    private static final String COMMON_NOUN = "N ";
    private static final String ADJECTIVE = "J ";
    /** Where a noun's tag ("N m s") gives its number (s, p). */
    private static final int NUMBER_AT = 4;
    /** Where a tag says its gender, after its part of speech and a space: "N f s", "J m s", "Z m sp" (m, f, e for both). */
    private static final int GENDER_AT = 2;

    private final Dictionary dictionary;

    FirstNameGenders() {
        URL url = FirstNameGenders.class.getResource(DICTIONARY);
        if (url == null) throw new IllegalStateException("missing dictionary on the class path: " + DICTIONARY);
        try {
            this.dictionary = Dictionary.read(url);
        } catch (IOException e) {
            throw new UncheckedIOException(DICTIONARY, e);
        }
    }

    /** A lookup for one thread (morfologik lookups keep buffers). */
    Lookup lookup() {
        return new Lookup(new DictionaryLookup(dictionary));
    }

    /** Which genders a word's tags give: both or neither is no gender. */
    private record Genders(boolean masculine, boolean feminine) {
        boolean any() {
            return masculine || feminine;
        }

        SpeakerLexicon.Gender gender() {
            if (masculine == feminine) return SpeakerLexicon.Gender.UNKNOWN;
            return masculine ? SpeakerLexicon.Gender.MASCULINE : SpeakerLexicon.Gender.FEMININE;
        }
    }

    /** Looks first names up for one article. Not thread-safe. */
    static final class Lookup {
        private final DictionaryLookup lookup;

        private Lookup(DictionaryLookup lookup) {
            this.lookup = lookup;
        }

        /**
         * Whether the dictionary has the word in lower case as a common noun or adjective ("tahitienne", "miss",
         * "américain"), as a description is; a name ("Zambinella", "Léandre") is not.
         */
        boolean isCommonWord(String word) {
            for (WordData w : lookup.lookup(printedAccent(word).toLowerCase(java.util.Locale.ROOT))) {
                CharSequence tag = w.getTag();
                if (tag == null) continue;
                String t = tag.toString();
                if (t.startsWith(COMMON_NOUN) || t.startsWith(ADJECTIVE)) return true;
            }
            return false;
        }

        /**
         * Whether a capitalised word is an ordinary word that only opens a sentence ("Concrètement", "Délais"): the
         * dictionary knows it in lower case, not as a singular noun (a brand may be one: "Total"), and not as a proper
         * noun with its capital ("Martin", "Carrefour" are names).
         */
        boolean isOrdinaryWord(String word) {
            if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0))) return false;
            for (WordData w : lookup.lookup(word)) {
                CharSequence tag = w.getTag();
                if (tag != null && tag.toString().startsWith(PROPER)) return false;
            }
            boolean known = false;
            for (WordData w : lookup.lookup(word.toLowerCase(java.util.Locale.ROOT))) {
                String tag = w.getTag() == null ? "" : w.getTag().toString();
                if (tag.startsWith(COMMON_NOUN) && tag.length() > NUMBER_AT && tag.charAt(NUMBER_AT) == 's') return false;
                known = true;
            }
            return known;
        }

        /**
         * The word as the dictionary spells it: French often prints a capital without its accent ("Eric", "Economie"
         * for "Éric", "Économie"), so an initial E the dictionary knows in neither case is read as É.
         */
        private String printedAccent(String word) {
            if (word.length() < 2 || word.charAt(0) != 'E' || !lookup.lookup(word).isEmpty()
                    || !lookup.lookup(word.toLowerCase(java.util.Locale.ROOT)).isEmpty()) {
                return word;
            }
            return "É" + word.substring(1);
        }

        /**
         * Whether the dictionary knows the word, as printed (or with its capital's accent), as a proper noun with a
         * gender ("Agnès", "Gérard"): a first name. Places and surnames carry none ("Paris Z e", "Giscard Z e"), and
         * neither do first names of both genders ("Camille"), which this leaves out.
         */
        boolean isFirstName(String word) {
            return tagged(printedAccent(word), PROPER).any();
        }

        /** Whether the word in lower case is an adjective and never a verb ("nationale", "étrangères"; not "est", "a"). */
        boolean isAdjective(String word) {
            boolean adjective = false;
            for (WordData w : lookup.lookup(word.toLowerCase(java.util.Locale.ROOT))) {
                String t = w.getTag() == null ? "" : w.getTag().toString();
                if (t.startsWith(VERB)) return false;
                adjective |= t.startsWith(ADJECTIVE);
            }
            return adjective;
        }

        /** Whether the dictionary knows the word in lower case, and only as a verb form ("passons", "faut"; not "arme", "est"). */
        boolean isOnlyVerb(String word) {
            List<WordData> tagged = lookup.lookup(word.toLowerCase(java.util.Locale.ROOT));
            if (tagged.isEmpty()) return false;
            for (WordData w : tagged) {
                if (w.getTag() == null || !w.getTag().toString().startsWith(VERB)) return false;
            }
            return true;
        }

        /**
         * The gender the dictionary gives a common noun ("avocate" N f, "avocat" N m), else unknown (both, epicene
         * "ministre" N e, or no noun).
         */
        SpeakerLexicon.Gender ofNoun(String word) {
            return tagged(word.toLowerCase(java.util.Locale.ROOT), COMMON_NOUN).gender();
        }

        /** The gender the dictionary gives an adjective ("ancien" J m, "future" J f), else unknown. */
        SpeakerLexicon.Gender ofAdjective(String word) {
            return tagged(word.toLowerCase(java.util.Locale.ROOT), ADJECTIVE).gender();
        }

        /** The gender the dictionary gives the first word of a full name, or a first name printed alone ("Charlotte"), else unknown. */
        SpeakerLexicon.Gender ofFullName(String name) {
            return tagged(printedAccent(WordTokenizer.strip(name).split(WordTokenizer.SPACES)[0]), PROPER).gender();
        }

        /** The genders the dictionary's tags of this part of speech ("N", "J", "Z") give a spelling. */
        private Genders tagged(String spelled, String partOfSpeech) {
            boolean masculine = false;
            boolean feminine = false;
            for (WordData w : lookup.lookup(spelled)) {
                String t = w.getTag() == null ? "" : w.getTag().toString();
                if (!t.startsWith(partOfSpeech) || t.length() <= GENDER_AT || t.charAt(GENDER_AT - 1) != ' ') continue;
                masculine |= t.charAt(GENDER_AT) == 'm';
                feminine |= t.charAt(GENDER_AT) == 'f';
            }
            return new Genders(masculine, feminine);
        }
    }
}
