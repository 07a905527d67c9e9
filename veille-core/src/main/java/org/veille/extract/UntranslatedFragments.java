// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells the language an uncredited translation was made from, by what its translator left untranslated:
 * an editor's insertion in brackets inside a quotation, which the original's editor wrote in the
 * original's language and a machine or a hurried translator kept as it was ("« … à dépasser les 3 %
 * [del presupuesto nacional] »", "„… zwei Prozent [of GDP on research]“").
 * <p>
 * Only that shape counts, because a foreign phrase alone proves nothing: a native article quotes English
 * words, names foreign bodies and works, cites Latin and songs in their own language. A bracket inside a
 * quotation is the editor's own voice, and an editor writes in the language of the quotation around it.
 * So a fragment is evidence of a language M only when all of these hold:
 * <ul>
 *   <li>it is in brackets between quotation marks of one paragraph and starts in lower case: it continues
 *       the quoted sentence, it is not a name, a title or a page's label;</li>
 *   <li>every word of it is a form of M ({@link Lexicons}; acronyms aside), at least two of its lower-case
 *       words, one of them a function word of M that the article's language L has neither as a function
 *       word nor as any word ({@link LanguageGuesser}'s stop lists): a grammatical phrase of M, not a
 *       quoted term nor a surname with its particle ("[da Silva]");</li>
 *   <li>the quotation around it is in L: more of its words are L's only than M's only, at least two;</li>
 *   <li>no other language fits it as well.</li>
 * </ul>
 * The article's language comes from {@link LanguageGuesser}, guessed only when a candidate fragment is
 * there. Fragments that point to different languages cancel each other. Thread-safe: immutable.
 */
final class UntranslatedFragments {

    /** An insertion is a few words; longer brackets are asides of the article itself. */
    private static final int MAX_INSERTION_CHARS = 80;
    /** Words of the quotation read on each side of the insertion. */
    private static final int CONTEXT_WORDS = 12;
    /** Words needed, in the insertion and in the quotation around it: one word may belong to both languages by chance. */
    private static final int MIN_WORDS = 2;
    private static final String QUOTATION_MARKS = "«»“”„\"‹›";
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private final Lexicons lexicons = Lexicons.shared();
    private final LanguageGuesser languages = new LanguageGuesser();

    /** A bracketed insertion's words and the words of the quotation on either side of it. */
    private record Insertion(List<String> words, List<String> quotation) {
    }

    /** ISO 639-1 code of the language the body's untranslated insertions are in, if they show one. */
    Optional<String> originalLanguage(String body) {
        List<Insertion> insertions = insertionsInQuotations(body);
        if (insertions.isEmpty()) return Optional.empty();
        String language = languages.guess(body, null);
        if (language == null || !lexicons.languages().contains(language)) return Optional.empty();
        Set<String> found = new HashSet<>();
        for (Insertion insertion : insertions) languageOf(insertion, language).ifPresent(found::add);
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }

    /** The one language other than the article's that the insertion is written in, if there is one. */
    private Optional<String> languageOf(Insertion insertion, String articleLanguage) {
        List<String> fits = new ArrayList<>();
        for (String language : lexicons.languages()) {
            if (!language.equals(articleLanguage) && isWrittenIn(insertion, language, articleLanguage)) fits.add(language);
        }
        return fits.size() == 1 ? Optional.of(fits.get(0)) : Optional.empty();
    }

    private boolean isWrittenIn(Insertion insertion, String language, String articleLanguage) {
        int lowerCaseWords = 0;
        boolean foreignFunctionWord = false;
        for (String word : insertion.words()) {
            if (isAcronym(word)) continue;
            if (!lexicons.knows(language, word)) return false;
            if (Character.isLowerCase(word.charAt(0))) {
                lowerCaseWords++;
                foreignFunctionWord |= languages.isFunctionWord(word, language) && !languages.isFunctionWord(word, articleLanguage)
                        && !lexicons.knows(articleLanguage, word);
            }
        }
        return foreignFunctionWord && lowerCaseWords >= MIN_WORDS && isWrittenIn(insertion.quotation(), articleLanguage, language);
    }

    /** Whether the quotation's words are those of {@code language} rather than of {@code other}. */
    private boolean isWrittenIn(List<String> quotation, String language, String other) {
        int own = 0;
        int others = 0;
        for (String word : quotation) {
            if (isAcronym(word)) continue;
            boolean inLanguage = lexicons.knows(language, word);
            boolean inOther = lexicons.knows(other, word);
            if (inLanguage && !inOther) own++;
            if (inOther && !inLanguage) others++;
        }
        return own >= MIN_WORDS && own > others;
    }

    /**
     * Brackets that start in lower case and stand between two quotation marks of their paragraph. Only
     * the characters near each '[' are read, so a body without brackets costs one scan.
     */
    private static List<Insertion> insertionsInQuotations(String body) {
        List<Insertion> found = new ArrayList<>();
        for (int open = body.indexOf('['); open >= 0; open = body.indexOf('[', open + 1)) {
            int close = closingBracket(body, open);
            if (close < 0) continue;
            String inside = body.substring(open + 1, close).strip();
            if (inside.isEmpty() || !Character.isLowerCase(inside.charAt(0))) continue;
            int paragraphStart = body.lastIndexOf('\n', open) + 1;
            int paragraphEnd = body.indexOf('\n', close);
            if (paragraphEnd < 0) paragraphEnd = body.length();
            int quoteStart = lastQuotationMark(body, paragraphStart, open);
            int quoteEnd = firstQuotationMark(body, close + 1, paragraphEnd);
            if (quoteStart < 0 || quoteEnd < 0) continue;
            List<String> before = words(body.substring(quoteStart + 1, open));
            List<String> quotation = new ArrayList<>(before.subList(Math.max(0, before.size() - CONTEXT_WORDS), before.size()));
            List<String> after = words(body.substring(close + 1, quoteEnd));
            quotation.addAll(after.subList(0, Math.min(after.size(), CONTEXT_WORDS)));
            found.add(new Insertion(words(inside), quotation));
        }
        return found;
    }

    /** The ']' closing the bracket opened at {@code open}, if it comes soon, on the same line and with no other '[' before it. */
    private static int closingBracket(String body, int open) {
        int limit = Math.min(body.length(), open + MAX_INSERTION_CHARS + 2);
        for (int i = open + 1; i < limit; i++) {
            char c = body.charAt(i);
            if (c == ']') return i;
            if (c == '[' || c == '\n') return -1;
        }
        return -1;
    }

    private static int lastQuotationMark(String body, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (QUOTATION_MARKS.indexOf(body.charAt(i)) >= 0) return i;
        }
        return -1;
    }

    private static int firstQuotationMark(String body, int from, int to) {
        for (int i = from; i < to; i++) {
            if (QUOTATION_MARKS.indexOf(body.charAt(i)) >= 0) return i;
        }
        return -1;
    }

    /** Runs of letters of two or more: one-letter words ("y", "a", "e") belong to too many languages to tell any. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            if (m.end() - m.start() >= 2) words.add(m.group());
        }
        return words;
    }

    /** "PIB", "GDP": the same letters stand in many languages. */
    private static boolean isAcronym(String word) {
        return word.codePoints().noneMatch(Character::isLowerCase);
    }
}
