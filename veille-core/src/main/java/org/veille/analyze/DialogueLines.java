// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.veille.analyze.WordTokenizer.isSpace;

/**
 * Dialogue set off by dashes, the convention of French prose and of many interviews: a line opening with a
 * dash ("— Il le faut, répondit Paul, le train n'attend pas.") is a direct quotation of the words after the
 * dash minus its incise, which names the speaker ("Paul"; "demanda-t-elle" gives "elle"). A dash after a
 * sentence's end or a colon opens a new turn inside a line ("— Oui, dit-il. — Et vous ?"). A dash line that
 * does not read as speech (no incise, no first or second person, no question or exclamation), and has no
 * such line beside it, is a list item ("- 12 morts à Paris"), not dialogue. Thread-safe: the lexicons are
 * immutable and each call keeps its state on the stack.
 */
final class DialogueLines {

    /** Dashes that open a turn before a space; the hyphen only when a space follows it. */
    private static final String DASHES = "—–―-";
    /** Characters after which a dash inside a line opens a new turn: a sentence's end or a colon. */
    private static final String TURN_BEFORE = ".!?…:";
    /** Dashes that open a turn inside a line; a hyphen there is a news intertitle ("- Circulation soutenue -"). */
    private static final String INNER_DASHES = "—–―";
    /** Punctuation that ends an incise or a segment of speech. */
    private static final String CLAUSE_END = ",;:.!?…";
    /** The speaker's noun phrase after the verb is short ("le Maître d'école"); longer is narration. */
    private static final int MAX_SUBJECT_WORDS = 6;
    /** A word, with inner apostrophes and hyphens ("s'écria-t-elle"), or a trailing elision ("j'"). */
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}]*(?:['’-]\\p{L}[\\p{L}\\p{N}]*)*['’]?");
    /** An inverted subject after the verb: "demanda-t-elle", "dit-il", "fis-je". */
    private static final Pattern INVERTED = Pattern.compile("(.+?)(?:-t)?-(\\p{L}+)");

    private final Map<QuoteLexicon.Lang, DialogueLexicon> lexicons;

    /** @param lexicons the dialogue words by language; a language without any gets no dialogue */
    DialogueLines(Map<QuoteLexicon.Lang, DialogueLexicon> lexicons) {
        this.lexicons = Map.copyOf(lexicons);
    }

    /** Loads {@code dialogue-fr.txt}, joined by the French news verbs of {@code french}. */
    static DialogueLines load(QuoteLexicon french) {
        Set<String> newsVerbs = new HashSet<>(french.finite);
        Optional<DialogueLexicon> fr = DialogueLexicon.load("fr", newsVerbs);
        return new DialogueLines(fr.map(l -> Map.of(QuoteLexicon.Lang.FR, l)).orElse(Map.of()));
    }

    /** A turn: the words after its dash up to the line's end or the next turn, and whether it reads as speech. */
    private record Turn(int paragraph, List<QuoteCandidate> quotes, boolean speech) {}

    /** An incise inside a turn: its extent and the speaker it designates. */
    private record Incise(int start, int end, int speakerStart, int speakerEnd) {}

    /** The dialogue quotations of {@code text}, sorted by start; none for a language without dialogue words. */
    List<QuoteCandidate> find(String text, QuoteLexicon.Lang lang) {
        DialogueLexicon lx = lexicons.get(lang);
        if (lx == null || text.isEmpty()) return List.of();
        List<Turn> turns = new ArrayList<>();
        int paragraph = 0;
        for (int lineStart = 0; lineStart < text.length(); ) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.length();
            if (!text.substring(lineStart, lineEnd).isBlank()) {
                readLine(text, lineStart, lineEnd, paragraph, lx, turns);
                paragraph++;
            }
            lineStart = lineEnd + 1;
        }
        List<QuoteCandidate> out = new ArrayList<>();
        for (int i = 0; i < turns.size(); i++) {
            Turn t = turns.get(i);
            if (t.speech || besideSpeech(turns, i)) out.addAll(t.quotes);
        }
        return List.copyOf(out);
    }

    /** A turn that does not read as speech is dialogue still when the turn just before or after it in the next paragraph does. */
    private static boolean besideSpeech(List<Turn> turns, int i) {
        Turn t = turns.get(i);
        for (int k : new int[] {i - 1, i + 1}) {
            if (k < 0 || k >= turns.size()) continue;
            Turn other = turns.get(k);
            if (Math.abs(other.paragraph - t.paragraph) <= 1 && other.speech) return true;
        }
        return false;
    }

    private static void readLine(String text, int lineStart, int lineEnd, int paragraph, DialogueLexicon lx, List<Turn> turns) {
        List<Integer> dashes = new ArrayList<>();
        for (int i = lineStart; i < lineEnd; i++) {
            if (opensTurnAt(text, i, lineStart, lineEnd)) dashes.add(i);
        }
        for (int k = 0; k < dashes.size(); k++) {
            int from = dashes.get(k) + 1;
            int to = k + 1 < dashes.size() ? dashes.get(k + 1) : lineEnd;
            turns.add(readTurn(text, from, to, paragraph, lx));
        }
    }

    /** Whether the dash at {@code i} opens a turn: at the line's start, or after a sentence's end or a colon, before a space. */
    private static boolean opensTurnAt(String text, int i, int lineStart, int lineEnd) {
        char c = text.charAt(i);
        if (DASHES.indexOf(c) < 0 || i + 1 >= lineEnd) return false;
        if (!isSpace(text.charAt(i + 1)) && (c == '-' || !Character.isLetter(text.charAt(i + 1)))) return false;
        int before = i - 1;
        while (before >= lineStart && isSpace(text.charAt(before))) before--;
        if (before < lineStart) return true;
        return INNER_DASHES.indexOf(c) >= 0 && before < i - 1 && TURN_BEFORE.indexOf(text.charAt(before)) >= 0;
    }

    /** Whether the quotation starting at {@code start} is the first words of a dialogue turn (right after its dash). */
    static boolean opensTurn(String text, int start) {
        int i = start - 1;
        while (i >= 0 && isSpace(text.charAt(i))) i--;
        if (i < 0) return false;
        int lineStart = text.lastIndexOf('\n', i) + 1;
        int lineEnd = text.indexOf('\n', i);
        return opensTurnAt(text, i, lineStart, lineEnd < 0 ? text.length() : lineEnd);
    }

    /**
     * Where the narration that introduces a turn ends, when the turn opens its line and the paragraph before
     * ends with a colon ("Il dit à son fils :" / "— Suis madame."): the colon's offset; else -1.
     */
    static int introductionEnd(String text, int turnStart) {
        if (!opensTurn(text, turnStart)) return -1;
        int lineStart = text.lastIndexOf('\n', turnStart - 1) + 1;
        for (int i = lineStart; i < turnStart; i++) {
            if (!isSpace(text.charAt(i)) && DASHES.indexOf(text.charAt(i)) < 0) return -1; // a turn inside its line
        }
        int i = lineStart - 1;
        while (i >= 0 && isSpace(text.charAt(i))) i--;
        return i >= 0 && text.charAt(i) == ':' ? i : -1;
    }

    /** Reads one turn {@code [from, to)}: its spans of speech around incises. */
    private static Turn readTurn(String text, int from, int to, int paragraph, DialogueLexicon lx) {
        List<int[]> spans = new ArrayList<>();
        Incise first = null;
        int segment = from;
        boolean speech = false;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            Incise incise = CLAUSE_END.indexOf(c) >= 0 ? inciseAfter(text, i + 1, to, lx) : null;
            if (incise == null) {
                i++;
                continue;
            }
            speech = true;
            if (first == null) first = incise;
            spans.add(new int[] {segment, c == ',' || c == ';' || c == ':' ? i : i + 1});
            int resume = resumeAfter(text, incise.end, to, lx);
            segment = resume;
            i = resume;
        }
        if (segment < to) spans.add(new int[] {segment, to});
        List<QuoteCandidate> quotes = new ArrayList<>();
        StringBuilder words = new StringBuilder();
        for (int[] s : spans) {
            int a = s[0];
            int b = s[1];
            while (a < b && isSpace(text.charAt(a))) a++;
            while (b > a && (isSpace(text.charAt(b - 1)) || ",;:".indexOf(text.charAt(b - 1)) >= 0)) b--;
            if (b <= a || !hasLetterOrDigit(text, a, b)) continue;
            words.append(text, a, b).append(' ');
            quotes.add(first == null
                    ? new QuoteCandidate(text.substring(a, b), a, b, Quotation.Kind.DIRECT, null, -1, -1, null, -1, -1)
                    : new QuoteCandidate(text.substring(a, b), a, b, Quotation.Kind.DIRECT,
                            text.substring(first.speakerStart, first.speakerEnd), first.speakerStart, first.speakerEnd,
                            null, -1, -1));
        }
        return new Turn(paragraph, quotes, speech || readsAsSpeech(words.toString(), lx));
    }

    /**
     * The incise starting at {@code i} (after a comma, "?", "!" or "…"): a speech verb in lower case with its
     * inverted pronoun ("demanda-t-elle") or its subject after it ("répondit Paul", "fit le docteur"),
     * running to the next clause's end; null when the words there are no incise.
     */
    private static Incise inciseAfter(String text, int i, int to, DialogueLexicon lx) {
        int p = skipSpaces(text, i, to);
        if (p == i || p >= to) return null; // an incise follows its punctuation after a space
        Matcher m = WORD.matcher(text).region(p, to);
        if (!m.lookingAt() || !Character.isLowerCase(text.charAt(p))) return null;
        if (lx.has("clitic", m.group())) { // "lui demanda-t-il": the object pronoun before the verb
            m = WORD.matcher(text).region(skipSpaces(text, m.end(), to), to);
            if (!m.lookingAt()) return null;
        }
        String word = m.group();
        int wordEnd = m.end();
        Matcher inverted = INVERTED.matcher(word);
        if (inverted.matches() && lx.isVerb(inverted.group(1)) && lx.has("pronoun", inverted.group(2))) {
            return new Incise(p, clauseEnd(text, wordEnd, to), m.start() + inverted.start(2), wordEnd);
        }
        if (!lx.isVerb(word)) return null;
        int q = skipSpaces(text, wordEnd, to);
        Matcher next = WORD.matcher(text).region(q, to);
        while (next.lookingAt() && lx.has("adverb", next.group())) {
            q = skipSpaces(text, next.end(), to);
            next = WORD.matcher(text).region(q, to);
        }
        int subjectStart = q;
        int subjectEnd = -1;
        for (int n = 0; n < MAX_SUBJECT_WORDS && next.lookingAt() && !lx.has("np.stop", next.group()); n++) {
            subjectEnd = next.end();
            if (next.end() < to && text.charAt(next.end()) == '.' && lx.has("title", next.group())) subjectEnd++;
            q = skipSpaces(text, subjectEnd, to);
            next = WORD.matcher(text).region(q, to);
        }
        if (subjectEnd < 0) return null;
        return new Incise(p, clauseEnd(text, subjectEnd, to), subjectStart, subjectEnd);
    }

    /** Where an incise's clause ends: its next punctuation, or the turn's end. */
    private static int clauseEnd(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (CLAUSE_END.indexOf(text.charAt(i)) >= 0) return i;
        }
        return to;
    }

    /**
     * Where the speech resumes after an incise ending at {@code end}: after its comma unless a relative clause
     * or gerund continues the incise ("répondit la vieille, qui partit"); after its full stop only when the
     * rest reads as speech ("dit-il. Je pars !"), else the rest is narration and the turn ends.
     */
    private static int resumeAfter(String text, int end, int to, DialogueLexicon lx) {
        int e = end;
        while (e < to) {
            char c = text.charAt(e);
            if (c == ',' || c == ';') {
                int p = skipSpaces(text, e + 1, to);
                Matcher m = WORD.matcher(text).region(p, to);
                if (m.lookingAt() && lx.has("incise.continued", m.group())) {
                    e = clauseEnd(text, m.end(), to);
                    continue;
                }
                return e + 1;
            }
            int after = e + 1;
            while (after < to && CLAUSE_END.indexOf(text.charAt(after)) >= 0) after++;
            return readsAsSpeech(text.substring(after, to), lx) ? after : to;
        }
        return to;
    }

    /** Words that read as speech: first or second person, an interjection, a question or an exclamation. */
    static boolean readsAsSpeech(String words, DialogueLexicon lx) {
        String trimmed = WordTokenizer.strip(words);
        if (trimmed.isEmpty()) return false;
        if (trimmed.indexOf('?') >= 0 || trimmed.indexOf('!') >= 0) return true;
        Matcher m = WORD.matcher(trimmed);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            if (lx.has("speech.word", w)) return true;
            int apostrophe = Math.max(w.indexOf('\''), w.indexOf('’'));
            if (apostrophe > 0 && lx.has("speech.word", w.substring(0, apostrophe + 1))) return true;
        }
        return false;
    }

    private static int skipSpaces(String text, int i, int to) {
        while (i < to && isSpace(text.charAt(i))) i++;
        return i;
    }

    private static boolean hasLetterOrDigit(String text, int a, int b) {
        for (int i = a; i < b; i++) if (Character.isLetterOrDigit(text.charAt(i))) return true;
        return false;
    }
}
