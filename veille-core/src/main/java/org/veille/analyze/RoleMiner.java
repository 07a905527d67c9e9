// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the appositions of a role and a person French news prints ("la ministre de la Santé, Agnès Buzyn", "le
 * ministre de l'Intérieur Gérard Collomb", "Agnès Buzyn, la ministre de la Santé,"), the raw sightings
 * {@link RoleTenures} turns into dated terms for the gazetteer ({@code veille bench roles} builds
 * roles-mined-fr.tsv with both). Words come from speakers-fr.txt: the role nouns ({@code [role]}), the words joining
 * a role to its complements ({@code [role.link]}), determiners and the words of a former role ({@code [former]});
 * first names and adjectives from LanguageTool's French dictionary ({@link FirstNameGenders}).
 *
 * <p>A role phrase is a role noun and its complements, at least one a word after a linking word ("de l'Intérieur",
 * "du gouvernement", "des Armées", "de l'Économie et des Finances"), with the adjectives after either ("de la
 * Transition écologique"): an adjective alone ("l'acteur américain") names a class of people, not one office. A name is 2 to 4 capitalised words ("de", "d'", "du" inside), the first a first name the dictionary
 * knows with its gender, and no other first name inside it (where a proper noun ends and the name begins is then unclear: "le maire
 * de New York Bill de Blasio"). A complement that is a person ("le fils de Valéry Giscard d'Estaing") makes no office.
 * Sightings of a former role ("l'ancien ministre", "l'ex-ministre") and those whose determiner's gender
 * contradicts the first name's ("la ministre ... Gérard") are left out. Thread-safe once built.
 */
public final class RoleMiner {

    /**
     * One role as printed beside one person: the role in lower case without its determiner, the name as printed, and
     * whether a comma set them apart ("le ministre de l'Intérieur, Paul Verdier"; without one the name may be the end
     * of a proper noun: "professeur à l'université George Washington").
     */
    public record Sighting(String role, String person, boolean comma) {
    }

    /** Most words a name may have ("Jean-Yves Le Drian" is three tokens; "Valéry Giscard d'Estaing" four). */
    static final int MAX_NAME_WORDS = 4;
    static final int MIN_NAME_WORDS = 2;
    /** Tokens before a role noun looked at for a former-role word ("l'ancienne ministre", "ancien ministre"). */
    private static final int FORMER_WORDS = 3;

    private final SpeakerLexicon lexicon = SpeakerLexicon.load("fr");
    private final FirstNameGenders firstNames = new FirstNameGenders();
    private final WordTokenizer tokenizer = new WordTokenizer();

    /** The role-person appositions of one text, in text order. */
    public List<Sighting> sightings(String text) {
        FirstNameGenders.Lookup names = firstNames.lookup();
        List<Span> spans = tokenizer.tokens(text, 0, text.length());
        List<String> printed = new ArrayList<>(spans.size());
        List<String> words = new ArrayList<>(spans.size());
        for (Span s : spans) {
            String p = s.of(text);
            printed.add(p);
            words.add(SpeakerLexicon.normalize(p));
        }
        List<Sighting> found = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            int head = lexicon.roleLength(words, i);
            if (head == 0 || former(words, i)) continue;
            int end = complementEnd(printed, words, i + head, names);
            if (end == i + head) continue; // a bare role noun names no one role
            int next = end - 1; // a role noun inside the complements is no head ("auprès du ministre de l'Intérieur")
            if (formerWithin(words, i + head, end)) {
                i = next;
                continue; // "le ministre de l'Intérieur de l'époque"
            }
            String role = SpeakerLexicon.join(words.subList(i, end));
            String determiner = i > 0 ? words.get(i - 1) : "";
            // "la ministre de la Santé, Agnès Buzyn" and "le ministre de l'Intérieur Gérard Collomb"
            int nameAt = end < words.size() && words.get(end).equals(",") ? end + 1 : end;
            int nameEnd = nameForward(printed, words, nameAt, names);
            if (nameEnd > 0 && agrees(determiner, name(text, spans, nameAt, nameEnd), names)) {
                found.add(new Sighting(role, name(text, spans, nameAt, nameEnd), nameAt > end));
                i = next;
                continue;
            }
            // "Agnès Buzyn, ministre de la Santé," and "Agnès Buzyn, la ministre de la Santé."
            boolean closed = end == words.size() || isClosing(printed.get(end));
            int comma = lexicon.isDeterminer(determiner) ? i - 2 : i - 1;
            if (closed && comma > 0 && words.get(comma).equals(",")) {
                int nameStart = nameBackward(printed, words, comma, names);
                if (nameStart >= 0 && agrees(lexicon.isDeterminer(determiner) ? determiner : "", name(text, spans, nameStart, comma), names)) {
                    found.add(new Sighting(role, name(text, spans, nameStart, comma), true));
                }
            }
            i = next;
        }
        return found;
    }

    /** Whether a word telling a former role stands just before the role noun, or prefixes it or a word before it ("ex-ministre", "l'ex-premier secrétaire"). */
    private boolean former(List<String> words, int head) {
        for (int k = Math.max(0, head - FORMER_WORDS); k <= head; k++) {
            String w = words.get(k);
            int dash = w.indexOf('-');
            if (k < head && lexicon.has("former", w) || dash > 0 && lexicon.has("former", w.substring(0, dash))) return true;
        }
        return false;
    }

    /** Whether a complement tells a former role ("de l'époque"). */
    private boolean formerWithin(List<String> words, int from, int to) {
        for (int k = from; k < to; k++) if (lexicon.has("former", words.get(k))) return true;
        return false;
    }

    /** Where the role's complements end: linking words each followed by a word, adjectives after a word. */
    private int complementEnd(List<String> printed, List<String> words, int from, FirstNameGenders.Lookup names) {
        int end = from;
        boolean linked = false;
        boolean complement = false;
        // "maire et ministre": a coordination after the noun joins two roles, it opens no complement
        if (from < words.size() && lexicon.has("coordination", words.get(from))) return from;
        for (int k = from; k < words.size(); k++) {
            String w = words.get(k);
            if (lexicon.has("role.link", w)) {
                linked = true;
            } else if (linked && isCapitalised(printed.get(k)) && names.isFirstName(printed.get(k))) {
                return from; // a role relative to a person ("le fils de Valéry Giscard d'Estaing") is not an office
            } else if (isWord(printed.get(k)) && (linked || !isCapitalised(printed.get(k)) && names.isAdjective(w))) {
                complement |= linked;
                linked = false;
                end = k + 1;
            } else {
                break;
            }
        }
        // an adjective alone ("l'acteur américain", "le député communiste") names a class of people, not an office
        return complement ? end : from;
    }

    /** The end of a name starting at {@code at}, or -1: 2 to 4 capitalised words, the first a first name, no capital after. */
    private int nameForward(List<String> printed, List<String> words, int at, FirstNameGenders.Lookup names) {
        if (at >= printed.size() || !isCapitalised(printed.get(at)) || !names.isFirstName(printed.get(at))) return -1;
        int k = at + 1;
        int last = at;
        while (k < printed.size() && k - at < MAX_NAME_WORDS + 1) {
            if (isCapitalised(printed.get(k))) {
                last = k;
                k++;
            } else if (isParticle(words.get(k)) && k + 1 < printed.size() && isCapitalised(printed.get(k + 1))) {
                k++;
            } else {
                break;
            }
        }
        int length = last - at + 1;
        if (length < MIN_NAME_WORDS || length > MAX_NAME_WORDS || secondFirstName(printed, at, last + 1, names)) return -1;
        if (last + 1 < printed.size() && isCapitalised(printed.get(last + 1))) return -1; // runs on: not this name
        return last + 1;
    }

    /**
     * The start of a name ending just before {@code end}, or -1: the capitalised run before it, less the ordinary
     * words that open a sentence ("Selon Agnès Buzyn"), 2 to 4 words, the first a first name.
     */
    private int nameBackward(List<String> printed, List<String> words, int end, FirstNameGenders.Lookup names) {
        int start = end;
        while (start > 0) {
            String p = printed.get(start - 1);
            if (isCapitalised(p)) {
                start--;
            } else if (isParticle(words.get(start - 1)) && start - 1 > 0 && isCapitalised(printed.get(start - 2)) && start < end) {
                start--;
            } else {
                break;
            }
        }
        while (start < end && !names.isFirstName(printed.get(start)) && names.isOrdinaryWord(printed.get(start))) start++;
        int length = end - start;
        if (start >= end || !names.isFirstName(printed.get(start)) || length < MIN_NAME_WORDS || length > MAX_NAME_WORDS
                || secondFirstName(printed, start, end, names)) return -1;
        return start;
    }

    /**
     * Whether a first name stands inside the name, neither first nor last: the name begins later and a proper noun
     * runs into it ("le maire de New York Bill de Blasio", "Los Angeles Eric Garcetti"), so where is unclear.
     */
    private static boolean secondFirstName(List<String> printed, int from, int to, FirstNameGenders.Lookup names) {
        for (int k = from + 1; k < to - 1; k++) {
            if (isCapitalised(printed.get(k)) && names.isFirstName(printed.get(k))) return true;
        }
        return false;
    }

    /** Whether a determiner's gender ("la", "le") does not contradict the first name's. */
    private boolean agrees(String determiner, String name, FirstNameGenders.Lookup names) {
        SpeakerLexicon.Gender marked = lexicon.genderOfMarker(determiner);
        if (marked == SpeakerLexicon.Gender.UNKNOWN) return true;
        SpeakerLexicon.Gender named = names.ofFullName(name);
        return named == SpeakerLexicon.Gender.UNKNOWN || named == marked;
    }

    private static String name(String text, List<Span> spans, int from, int to) {
        return text.substring(spans.get(from).start(), spans.get(to - 1).end()).replaceAll(WordTokenizer.SPACES, " ");
    }

    /** A word of letters (hyphens and apostrophes inside), not a number nor a mark. */
    private static boolean isWord(String token) {
        return Character.isLetter(token.codePointAt(0));
    }

    /** A capital then at least one lower-case letter: "Agnès", "Le", "Jean-Yves"; not "LR" nor "PS". */
    private static boolean isCapitalised(String token) {
        if (token.length() < 2 || !Character.isUpperCase(token.codePointAt(0))) return false;
        for (int i = 1; i < token.length(); i++) if (Character.isLowerCase(token.charAt(i))) return true;
        return false;
    }

    /** Lower-case particles inside a name: "Dominique de Villepin", "Valéry Giscard d'Estaing". */
    private static boolean isParticle(String word) {
        return word.equals("de") || word.equals("d'") || word.equals("du");
    }

    /** A mark that closes an apposition after the role: comma, full stop, bracket, colon, semicolon, quotation mark. */
    private static boolean isClosing(String token) {
        return token.length() == 1 && ",.;:)»\"!?".indexOf(token.charAt(0)) >= 0;
    }
}
