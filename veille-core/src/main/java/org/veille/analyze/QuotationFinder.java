// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.veille.analyze.WordTokenizer.isSpace;

/**
 * Finds quotations and who the article says made them. Thread-safe: build once, share.
 *
 * <p>The finder is a sequence of small rules over a tokenised copy of the text in which every quotation
 * (marks included) is masked as one token, so that speech cues are never looked for inside quoted words:
 * <ol>
 *   <li>{@code scanQuotes}: pair quotation marks per paragraph, tolerating broken machine-translated pairs;</li>
 *   <li>{@code splitSentences}: sentences, a quotation being one token;</li>
 *   <li>{@code findCues}: speech cues — auxiliary + participle, inverted "a-t-il dit", finite verbs,
 *       gerunds, "selon X", "comme l'a dit X", "according to X";</li>
 *   <li>{@code resolveSpeakers}: the noun phrase after a cue that follows a comma (", a déclaré X"),
 *       else the subject before it, with apposition and incise handling;</li>
 *   <li>{@code reportIndirect}: the content after que/that, or the object-control complement, or the
 *       clause before a trailing attribution;</li>
 *   <li>{@code classifyQuotes}: DIRECT (sentence-shaped), PARTIAL (inside an attributed sentence) or SCARE;</li>
 *   <li>{@code findPullQuotes}: a one-sentence paragraph followed by a name-only paragraph;</li>
 *   <li>{@code continueOpenQuotes}: a quotation left open at a paragraph end takes the next paragraph's speaker;</li>
 *   <li>{@code findSpeakerLabels}: transcript paragraphs "NAME: words";</li>
 *   <li>{@code antecedent}: for a pronoun, the most recent explicit speaker or person-like name before it.</li>
 * </ol>
 * Every scan is bounded by a small window, so the cost is linear in the length of the text.
 */
public final class QuotationFinder {

    /** Tokens of the masked text: a masked quotation, a title abbreviation, a word, or one other character. */
    private static final Pattern TOKEN = Pattern.compile(
            "#+|(?:M|Mme|MM|Mmes|Mlle|Mr|Mrs|Ms|Dr|Pr|Me|Sen|Rep|Gen|Gov|Lt|Col|Prof|St)\\.(?=[\\s\\p{Z}])"
                    + "|[\\p{L}\\p{N}]+(?:[-'’][\\p{L}\\p{N}]+)*['’]?|[^\\s\\p{Z}]");
    /** French elisions that are words of their own: l', d', qu', s'... */
    private static final Pattern ELISION = Pattern.compile(
            "(?iu)(l|d|qu|s|n|c|j|m|t|lorsqu|puisqu|jusqu|quoiqu)['’](.+)");
    /** Inverted subject pronoun: a-t-il, déclare-t-elle, dit-il. */
    private static final Pattern INVERTED = Pattern.compile("(\\p{L}+)-(?:t-)?(il|elle|ils|elles|on)");
    private static final String MARKS = "«»“”\"‘’„‹›";
    /** Two apostrophes that stand for a double quotation mark. */
    private static final String TWIN_APOSTROPHES = "''";
    /** Tokens: the longest reported content, and how far an attribution may sit from its quotation. */
    private static final int MAX_CONTENT = 150;
    private static final int WINDOW = 80;
    private static final java.util.Set<String> PASSIVE_AUX = java.util.Set.of("be", "been", "being", "is", "are", "was",
            "were", "get", "got", "gets");
    private static final java.util.Set<String> INDEFINITE = java.util.Set.of("a", "an", "un", "une");
    private static final java.util.Set<String> STRESSED_PRONOUNS = java.util.Set.of("lui", "elle", "eux", "elles", "him",
            "her", "them");
    private static final java.util.Set<String> BE = java.util.Set.of("is", "are", "was", "were", "isn’t", "again", "once",
            "now", "still");
    private static final java.util.Set<String> PREPOSITIONS = java.util.Set.of("in", "on", "at", "during", "after",
            "before", "from", "with", "for", "by", "dans", "en", "lors", "pendant", "après", "avant", "depuis", "pour",
            "sur", "par", "au", "à");

    private final Map<QuoteLexicon.Lang, QuoteLexicon> lexicons = new EnumMap<>(QuoteLexicon.Lang.class);
    private final DialogueLines dialogue;

    /** Loads the word lists once. */
    public QuotationFinder() {
        for (QuoteLexicon.Lang l : QuoteLexicon.Lang.values()) {
            lexicons.put(l, new QuoteLexicon(l).seal());
        }
        dialogue = DialogueLines.load(lexicons.get(QuoteLexicon.Lang.FR));
    }

    /**
     * @param text     an article body (paragraphs separated by "\n\n")
     * @param language ISO 639-1 code; "fr" and "en" have rules, other languages get quotation marks only
     * @return the quotations found, sorted by start
     */
    public List<QuoteCandidate> find(String text, String language) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        QuoteLexicon.Lang lang = QuoteLexicon.langOf(language);
        return withDialogue(new Run(text, lexicons.get(lang)).run(), dialogue.find(text, lang));
    }

    /** The dialogue turns replace what the marks' rules found over the same words (an incise read as a cue). */
    private static List<QuoteCandidate> withDialogue(List<QuoteCandidate> marked, List<QuoteCandidate> dialogue) {
        if (dialogue.isEmpty()) return marked;
        List<QuoteCandidate> out = new ArrayList<>(dialogue);
        for (QuoteCandidate m : marked) {
            boolean overlaps = false;
            for (QuoteCandidate d : dialogue) {
                if (m.start() < d.end() && d.start() < m.end()) {
                    overlaps = true;
                    break;
                }
            }
            if (!overlaps) out.add(m);
        }
        out.sort(Comparator.comparingInt(QuoteCandidate::start).thenComparingInt(QuoteCandidate::end)
                .thenComparing(QuoteCandidate::kind));
        return List.copyOf(out);
    }

    // ------------------------------------------------------------------ data of one run

    /** open: the opening mark; close: after the closing mark (the paragraph end when unclosed). */
    private record QSpan(int open, int close, int cStart, int cEnd, boolean unclosed) {}

    /** kind: 'w' word, 'q' masked quotation, 'p' other character. */
    private record Tok(int start, int end, String lower, char kind, boolean cap) {
        boolean is(String s) { return lower.equals(s); }
    }

    /** A speaker noun phrase: token range in its sentence and character range in the text. */
    private record NP(int ts, int te, int start, int end, boolean pronoun) {}

    /** The longest time noun phrase read back from a verb: determiner, number, noun, two modifiers ("le 15 mars dernier"). */
    private static final int TIME_PHRASE_WORDS = 5;

    private enum CueType { VERB, INVERTED, GERUND, SELON, COMME }

    private static final class Cue {
        final CueType type;
        final int ts;
        final int te;
        boolean post;          // the speaker follows the cue (", a déclaré X")
        boolean objectControl; // "demander à X de ..."
        NP speaker;
        int rs;                // first token of cue + speaker
        int re;                // after the last token of cue + speaker

        Cue(CueType type, int ts, int te) {
            this.type = type;
            this.ts = ts;
            this.te = te;
            this.rs = ts;
            this.re = te;
        }
    }

    private static final class Sent {
        final int line;
        final List<Tok> toks;
        final List<String> words = new ArrayList<>();
        final List<Cue> cues = new ArrayList<>();
        final int[] quotesBefore; // prefix count of quotation tokens
        int firstContent = -1;    // first token that is not punctuation
        int contentTokens;        // tokens that are not punctuation
        NP lastSpeaker;

        Sent(int line, List<Tok> toks) {
            this.line = line;
            this.toks = toks;
            quotesBefore = new int[toks.size() + 1];
            for (int i = 0; i < toks.size(); i++) {
                words.add(toks.get(i).lower);
                quotesBefore[i + 1] = quotesBefore[i] + (toks.get(i).kind == 'q' ? 1 : 0);
                if (toks.get(i).kind != 'p') {
                    contentTokens++;
                    if (firstContent < 0) firstContent = i;
                }
            }
        }

        int start() { return toks.get(0).start; }

        int end() { return toks.get(toks.size() - 1).end; }
    }

    private record Found(int start, int end, Quotation.Kind kind, NP speaker) {}

    // ------------------------------------------------------------------ one run over one text

    private static final class Run {
        private final String text;
        private final QuoteLexicon lx;
        private final char[] masked;
        private final List<int[]> lines = new ArrayList<>();
        private final List<List<Sent>> sentsByLine = new ArrayList<>();
        private final Map<Integer, QSpan> quoteAt = new HashMap<>();
        private final Map<Integer, Found> quoteFound = new HashMap<>(); // by quotation open offset
        private final TreeMap<Integer, NP> mentions = new TreeMap<>();
        private final List<Found> found = new ArrayList<>();
        private final java.util.Set<Found> dropped = new java.util.HashSet<>();

        Run(String text, QuoteLexicon lx) {
            this.text = text;
            this.lx = lx;
            this.masked = text.toCharArray();
        }

        List<QuoteCandidate> run() {
            splitLines();
            for (int[] l : lines) scanQuotes(l[0], l[1]);
            mask();
            for (int i = 0; i < lines.size(); i++) sentsByLine.add(splitSentences(i));
            Sent previousLine = null;
            for (List<Sent> sents : sentsByLine) {
                for (Sent s : sents) {
                    findCues(s);
                    resolveSpeakers(s);
                    collectMentions(s);
                    reportIndirect(s);
                }
                classifyQuotes(sents, previousLine);
                previousLine = sents.isEmpty() ? null : sents.get(sents.size() - 1);
            }
            findPullQuotes();
            continueOpenQuotes();
            findSpeakerLabels();
            return output();
        }

        // ---------------------------------------------------------- rule: paragraphs

        /** Quotations do not cross lines: a line is a paragraph in extracted article text. */
        private void splitLines() {
            int s = 0;
            for (int i = 0; i <= text.length(); i++) {
                if (i == text.length() || text.charAt(i) == '\n') {
                    if (!text.substring(s, i).isBlank()) lines.add(new int[] {s, i});
                    s = i + 1;
                }
            }
        }

        // ---------------------------------------------------------- rule: quotation marks

        /**
         * Pairs quotation marks by flanking (space before: opens; space after: closes) rather than by glyph,
         * because machine-translated text mixes « with ” and uses “ as a closer. Nested pairs are skipped.
         */
        private void scanQuotes(int ls, int le) {
            boolean singles = lx.lang != QuoteLexicon.Lang.FR;
            boolean in = false;
            int open = -1;
            char oc = 0;
            int nestD = 0;
            int nestS = 0;
            for (int i = ls, width = 1; i < le; i += width) {
                width = markWidth(i, le);
                char c = width == TWIN_APOSTROPHES.length() ? '"' : text.charAt(i);
                if (width == 0 || MARKS.indexOf(c) < 0) {
                    width = 1;
                    continue;
                }
                char prev = i == ls ? ' ' : text.charAt(i - 1);
                char next = i + width >= le ? ' ' : text.charAt(i + width);
                boolean prevSp = isSpace(prev) || "([{—–-/".indexOf(prev) >= 0;
                boolean nextSp = isSpace(next) || ".,;:!?)]}…".indexOf(next) >= 0;
                boolean letterSoon = letterWithin(i + width, le);
                if (!in) {
                    boolean opens = switch (c) {
                        case '«', '„', '‹' -> true;
                        case '“' -> letterSoon;
                        case '”' -> prevSp && letterSoon;
                        case '"' -> letterSoon && !Character.isLetterOrDigit(prev);
                        case '‘' -> singles && prevSp && letterSoon;
                        default -> false;
                    };
                    if (opens) {
                        in = true;
                        open = i;
                        oc = c;
                        nestD = 0;
                        nestS = 0;
                    }
                    continue;
                }
                boolean leftOnly = prevSp && !nextSp;
                switch (c) {
                    case '«', '„', '‹' -> nestD++;
                    case '‘' -> { if (singles && leftOnly && oc != '‘') nestS++; }
                    case '’' -> {
                        if (Character.isLetter(next)) break; // an apostrophe
                        if (oc == '‘' && nestS == 0) { close(open, i); in = false; }
                        else if (nestS > 0) nestS--;
                    }
                    case '“', '"' -> {
                        if (leftOnly && !(c == '"' && oc == '"')) nestD++;
                        else if (nestD > 0) nestD--;
                        else if (oc != '‘') { close(open, i); in = false; }
                    }
                    default -> { // » ” ›
                        if (nestD > 0) nestD--;
                        else if (oc != '‘') { close(open, i); in = false; }
                    }
                }
            }
            // an unclosed « or “ runs to the end of the paragraph (multi-paragraph quotation convention)
            if (in && oc != '"' && oc != '‘' && wordCount(open + 1, le) >= 3) close(open, le);
        }

        /**
         * How many characters the quotation mark at {@code i} takes: 2 for two apostrophes typed as a double mark
         * (''It's anti-reform,'' in some wire copy), 1 for a mark, 0 for none.
         */
        private int markWidth(int i, int le) {
            if (text.startsWith(TWIN_APOSTROPHES, i) && i + TWIN_APOSTROPHES.length() <= le) return TWIN_APOSTROPHES.length();
            return MARKS.indexOf(text.charAt(i)) >= 0 ? 1 : 0;
        }

        private void close(int open, int closeMark) {
            int cs = open + markWidth(open, text.length());
            int ce = Math.min(closeMark, text.length());
            while (cs < ce && isTrim(text.charAt(cs))) cs++;
            // American punctuation puts the clause's comma inside the marks: "We will win," she said.
            while (ce > cs && (isTrim(text.charAt(ce - 1)) || ",;:".indexOf(text.charAt(ce - 1)) >= 0)) ce--;
            boolean letters = false;
            for (int k = cs; k < ce && !letters; k++) letters = Character.isLetterOrDigit(text.charAt(k));
            if (!letters) return;
            int closeEnd = closeMark < text.length() ? closeMark + markWidth(closeMark, text.length()) : closeMark;
            quoteAt.put(open, new QSpan(open, closeEnd, cs, ce, closeEnd == closeMark));
        }

        private boolean letterWithin(int from, int le) {
            for (int k = from; k < le && k < from + 4; k++) {
                char ch = text.charAt(k);
                if (Character.isLetterOrDigit(ch) || ch == '[' || ch == '…' || ch == '(') return true;
                if (!isSpace(ch) && ch != '*' && ch != '_') return false;
            }
            return false;
        }

        private int wordCount(int from, int to) {
            int n = 0;
            boolean inWord = false;
            for (int k = from; k < to; k++) {
                boolean l = Character.isLetterOrDigit(text.charAt(k));
                if (l && !inWord) n++;
                inWord = l;
            }
            return n;
        }

        /** Markdown emphasis and hashtags become spaces; each quotation becomes one run of '#'. */
        private void mask() {
            for (int i = 0; i < masked.length; i++) {
                char c = masked[i];
                if (c == '*' || c == '_' || c == '#') masked[i] = ' ';
            }
            for (QSpan q : quoteAt.values()) {
                for (int k = q.open; k < q.close; k++) masked[k] = '#';
            }
        }

        // ---------------------------------------------------------- rule: sentences

        private List<Sent> splitSentences(int lineIndex) {
            int[] l = lines.get(lineIndex);
            List<Tok> toks = tokenize(l[0], l[1]);
            List<Sent> out = new ArrayList<>();
            int from = 0;
            for (int i = 0; i < toks.size(); i++) {
                if (i + 1 == toks.size() || endsSentence(toks, i)) {
                    out.add(new Sent(lineIndex, new ArrayList<>(toks.subList(from, i + 1))));
                    from = i + 1;
                }
            }
            return out;
        }

        private List<Tok> tokenize(int ls, int le) {
            List<Tok> out = new ArrayList<>();
            Matcher m = TOKEN.matcher(java.nio.CharBuffer.wrap(masked));
            m.region(ls, le);
            while (m.find()) {
                String t = m.group();
                int s = m.start();
                if (t.charAt(0) == '#') {
                    out.add(new Tok(s, m.end(), "#", 'q', false));
                    continue;
                }
                if (!Character.isLetterOrDigit(t.charAt(0))) {
                    out.add(new Tok(s, m.end(), t, 'p', false));
                    continue;
                }
                // split French elisions: l’ONU -> l’ + ONU, qu’il -> qu’ + il
                while (true) {
                    Matcher e = lx.lang == QuoteLexicon.Lang.EN ? null : ELISION.matcher(t);
                    if (e == null || !e.matches()) break;
                    int cut = e.end(1) + 1;
                    out.add(word(s, s + cut, t.substring(0, cut)));
                    s += cut;
                    t = t.substring(cut);
                }
                out.add(word(s, s + t.length(), t));
            }
            return out;
        }

        private static Tok word(int s, int e, String t) {
            String lower = t.toLowerCase(java.util.Locale.ROOT).replace('\'', '’');
            return new Tok(s, e, lower, 'w', Character.isUpperCase(t.charAt(0)));
        }

        private boolean endsSentence(List<Tok> toks, int i) {
            Tok t = toks.get(i);
            Tok next = toks.get(i + 1);
            boolean nextStarts = next.cap || next.kind == 'q' || Character.isDigit(next.lower.charAt(0))
                    || "([«“\"–—-".contains(next.lower);
            if (t.kind == 'p' && (t.is(".") || t.is("!") || t.is("?") || t.is("…"))) {
                // an initial ("J. Smith", "U.S.") does not end a sentence
                if (t.is(".") && i > 0 && toks.get(i - 1).kind == 'w' && toks.get(i - 1).end - toks.get(i - 1).start == 1) {
                    return false;
                }
                return nextStarts;
            }
            if (t.kind == 'q') {
                QSpan q = quoteAt.get(t.start);
                if (q == null || q.cEnd <= q.cStart) return false;
                char last = text.charAt(q.cEnd - 1);
                return ".!?…".indexOf(last) >= 0 && (next.cap || next.kind == 'q') && !attributionFollows(toks, i + 1);
            }
            return false;
        }

        /** "“Who knew?” Smith asked." — a short clause with a speech verb still belongs to the quotation. */
        private boolean attributionFollows(List<Tok> toks, int j) {
            for (int k = j; k < toks.size() && k - j < 6; k++) {
                Tok t = toks.get(k);
                if (t.kind != 'w') return false;
                if (lx.finite.contains(t.lower) || lx.past.contains(t.lower) && k > j) {
                    return k + 1 >= toks.size() || toks.get(k + 1).kind == 'p' || endsClauseWord(toks.get(k + 1).lower);
                }
            }
            return false;
        }

        private boolean endsClauseWord(String w) {
            return lx.fwdStop.contains(w) || lx.adverbs.contains(w) || lx.datives.contains(w);
        }

        // ---------------------------------------------------------- rule: speech cues

        private void findCues(Sent s) {
            List<Tok> t = s.toks;
            List<String> w = s.words;
            int n = t.size();
            for (int i = 0; i < n; i++) {
                if (t.get(i).kind != 'w') continue;
                String v = w.get(i);
                int k;
                if (lx.lang == QuoteLexicon.Lang.FR) {
                    // inverted subject: "a-t-il déclaré", "déclare-t-elle", "dit-il"
                    Matcher inv = INVERTED.matcher(v);
                    if (inv.matches()) {
                        String verb = inv.group(1);
                        if (lx.aux.contains(verb)) {
                            int j = skipAdverbs(s, i + 1);
                            if (j < n && (k = lx.match(lx.past, w, j)) > 0) {
                                i = add(s, CueType.INVERTED, i, j + k, verb);
                                continue;
                            }
                        } else if (lx.finite.contains(verb)) {
                            i = add(s, CueType.INVERTED, i, i + 1, verb);
                            continue;
                        }
                    }
                    // reflexive: "s'est engagé"
                    if (v.equals("s’") && i + 1 < n && lx.reflexiveAux.contains(w.get(i + 1))) {
                        int j = skipAdverbs(s, i + 2);
                        if (j < n && (k = lx.match(lx.past, w, j)) > 0) {
                            i = add(s, CueType.VERB, i, j + k, w.get(j));
                            continue;
                        }
                    }
                    // reflexive present: "se félicite un délégué", "s'inquiète le maire"
                    if ((v.equals("se") || v.equals("s’")) && i + 1 < n && (k = lx.match(lx.finite, w, i + 1)) > 0) {
                        i = add(s, CueType.VERB, i, i + 1 + k, w.get(i + 1));
                        continue;
                    }
                    // "comme l'a dit X"
                    if (v.equals("comme") && i + 2 < n && (w.get(i + 1).equals("l’") || w.get(i + 1).equals("le"))
                            && lx.aux.contains(w.get(i + 2))) {
                        int j = skipAdverbs(s, i + 3);
                        if (j < n && (k = lx.match(lx.past, w, j)) > 0) {
                            i = add(s, CueType.COMME, i, j + k, w.get(j));
                            continue;
                        }
                    }
                    // auxiliary + up to three adverbs + participle: "a plusieurs fois répété"
                    if (lx.aux.contains(v)) {
                        int added = -1;
                        for (int j = i + 1; j < n && j <= i + 4 && t.get(j).kind == 'w'; j++) {
                            if ((k = lx.match(lx.past, w, j)) > 0) {
                                added = add(s, CueType.VERB, i, j + k, w.get(j));
                                break;
                            }
                            if (lx.aux.contains(w.get(j)) || lx.intro.contains(w.get(j))) break;
                        }
                        if (added >= 0) {
                            i = added;
                            continue;
                        }
                    }
                    if (v.equals("selon") || v.equals("d’") && i + 1 < n && w.get(i + 1).equals("après")) {
                        i = add(s, CueType.SELON, i, v.equals("selon") ? i + 1 : i + 2, v);
                        continue;
                    }
                    // "Pour le ministre, ..." / "Pour M. Dupont, ...": only with a person, at the clause start
                    if (v.equals("pour") && (i == 0 || t.get(i - 1).kind == 'p') && pourPerson(s, i + 1)) {
                        i = add(s, CueType.SELON, i, i + 1, v);
                        continue;
                    }
                } else if (lx.lang == QuoteLexicon.Lang.EN) {
                    if (v.equals("according") && i + 1 < n && w.get(i + 1).equals("to")) {
                        i = add(s, CueType.SELON, i, i + 2, v);
                        continue;
                    }
                }
                if ((k = lx.match(lx.finite, w, i)) > 0 && !(i > 0 && lx.determiners.contains(w.get(i - 1)))
                        && finiteIsVerb(s, i, k)) {
                    i = add(s, CueType.VERB, i, i + k, v);
                    continue;
                }
                // English progressive "X is demanding that ...": a verb, not a gerund
                if (lx.lang == QuoteLexicon.Lang.EN && (k = lx.match(lx.gerund, w, i)) > 0 && progressive(w, i)) {
                    i = add(s, CueType.VERB, i, i + k, v);
                    continue;
                }
                if ((k = lx.match(lx.gerund, w, i)) > 0 && (lx.lang == QuoteLexicon.Lang.FR || i > 0 && t.get(i - 1).is(","))) {
                    i = add(s, CueType.GERUND, i, i + k, v);
                }
            }
        }

        private static boolean progressive(List<String> w, int i) {
            for (int j = i - 1; j >= 0 && i - j <= 3; j--) {
                String x = w.get(j);
                if (x.equals("is") || x.equals("are") || x.equals("was") || x.equals("were") || x.equals("isn’t")) return true;
                if (!(x.equals("also") || x.equals("once") || x.equals("again") || x.equals("now") || x.equals("still"))) return false;
            }
            return false;
        }

        private boolean pourPerson(Sent s, int j) {
            int n = s.toks.size();
            int k = j;
            while (k < n && k - j < 6 && s.toks.get(k).kind == 'w') k++;
            if (k >= n || !s.toks.get(k).is(",") || k == j) return false;
            if (isPureName(s, j, k) || lx.titleAbbreviations.contains(s.words.get(j))) return true;
            return lx.determiners.contains(s.words.get(j)) && j + 1 < k && lx.personNouns.contains(s.words.get(j + 1));
        }

        /** A finite form without auxiliary is a verb if it follows a comma or quotation, or introduces content. */
        private boolean finiteIsVerb(Sent s, int i, int k) {
            // English passive ("could be announced", "was told"): the subject did not speak
            if (lx.lang == QuoteLexicon.Lang.EN && i > 0 && PASSIVE_AUX.contains(s.words.get(i - 1))) return false;
            if (lx.lang == QuoteLexicon.Lang.EN && (s.words.get(i).endsWith("ed") || lx.sayVerbs.contains(s.words.get(i)))) {
                return true;
            }
            if (boundaryBefore(s, i)) return true;
            if (lx.lang == QuoteLexicon.Lang.FR && i > 0) {
                // "les syndicats dénoncent", "Il note", "M. Roy estime": plural forms and forms after a name are verbs
                Tok p = s.toks.get(i - 1);
                if (s.words.get(i).endsWith("ent") && p.kind == 'w') return true;
                if (p.kind == 'w' && (lx.pronouns.contains(p.lower) || p.cap && !lx.capFunction.contains(p.lower))) return true;
            }
            int j = skipAdverbs(s, i + k);
            // "“…,” a voice in the clip asks." — a verb closing the sentence just after a quotation
            if (lx.lang == QuoteLexicon.Lang.EN && (j >= s.toks.size() || s.toks.get(j).kind == 'p')) {
                for (int b = i - 1; b >= 0 && i - b <= 8; b--) if (s.toks.get(b).kind == 'q') return true;
            }
            if (j >= s.toks.size()) return false;
            String nx = s.words.get(j);
            return lx.intro.contains(nx) || lx.datives.contains(nx) || nx.equals(":") || s.toks.get(j).kind == 'q'
                    || lx.lang == QuoteLexicon.Lang.FR && (nx.equals("de") || nx.equals("d’"));
        }

        private int add(Sent s, CueType type, int ts, int te, String verb) {
            Cue c = new Cue(type, ts, te);
            c.objectControl = lx.objectControl.contains(verb) || lx.objectControl.contains(s.words.get(te - 1));
            s.cues.add(c);
            return te - 1;
        }

        private boolean boundaryBefore(Sent s, int i) {
            if (i == 0) return false;
            Tok p = s.toks.get(i - 1);
            return p.kind == 'q' || p.is(",") || p.is("–") || p.is("—") || p.is("-");
        }

        /** Skips time and manner adverbials after a verb: "a déclaré ce lundi", "said on Monday". */
        private int skipAdverbs(Sent s, int j) {
            List<String> w = s.words;
            int n = w.size();
            for (int guard = 0; guard < 6 && j < n && s.toks.get(j).kind == 'w'; guard++) {
                int ph = matchPhrase(lx.adverbPhrases, w, j);
                if (ph > 0) {
                    j += ph;
                } else if (lx.adverbs.contains(w.get(j))) {
                    j++;
                } else if (isDemonstrative(w.get(j)) && j + 1 < n && lx.adverbs.contains(w.get(j + 1))) {
                    j += 2;
                } else if (timePhrase(s, j) > 0) {
                    j += timePhrase(s, j);
                } else {
                    break;
                }
            }
            return j;
        }

        /**
         * The words of a time noun phrase at {@code j} ("la semaine dernière", "le 15 septembre", "l'an dernier"): a
         * determiner or a number, then a time noun and its modifiers; 0 when none starts there. A date is never a speaker.
         */
        private int timePhrase(Sent s, int j) {
            List<String> w = s.words;
            int k = j;
            if (k < w.size() && lx.timeDeterminers.contains(w.get(k)) && s.toks.get(k).kind == 'w') k++;
            if (k < w.size() && s.toks.get(k).kind == 'w' && Character.isDigit(w.get(k).charAt(0))) k++;
            if (k == j || k >= w.size() || s.toks.get(k).kind != 'w' || !lx.timeNouns.contains(w.get(k))) return 0;
            k++;
            while (k < w.size() && s.toks.get(k).kind == 'w' && lx.timeModifiers.contains(w.get(k))) k++;
            return k - j;
        }

        private static boolean isDemonstrative(String w) {
            return w.equals("ce") || w.equals("cette") || w.equals("cet") || w.equals("this") || w.equals("last");
        }

        private static int matchPhrase(List<String[]> phrases, List<String> w, int j) {
            for (String[] p : phrases) {
                if (j + p.length > w.size()) continue;
                boolean ok = true;
                for (int k = 0; k < p.length && ok; k++) ok = p[k].equals(w.get(j + k));
                if (ok) return p.length;
            }
            return 0;
        }

        // ---------------------------------------------------------- rule: speakers

        private void resolveSpeakers(Sent s) {
            Cue previous = null;
            for (Cue c : s.cues) {
                switch (c.type) {
                    case INVERTED -> {
                        Tok t = s.toks.get(c.ts);
                        c.speaker = new NP(c.ts, c.ts + 1, t.start, t.end, true);
                        c.post = true;
                    }
                    case VERB -> {
                        int a = skipAdverbs(s, c.te);
                        if ((boundaryBefore(s, c.ts) || lx.lang == QuoteLexicon.Lang.EN && c.ts == 0)
                                && !afterRelativeIncise(s, c.ts)) {
                            c.speaker = forwardNP(s, a, true);
                            // English "X, speaking in Ohio, said he would..." has its subject before
                            if (c.speaker != null && lx.lang == QuoteLexicon.Lang.EN && !endsClause(s, c.speaker.te)) {
                                c.speaker = null;
                            }
                            c.post = c.speaker != null;
                        }
                        if (c.speaker == null) c.speaker = backwardSubject(s, c.ts);
                        // "a ironisé X, qui avait jugé": read back from "qui", the phrase ends where the previous
                        // cue's speaker, read forward with its bounds, ends: that is the one antecedent
                        if (previous != null && c.speaker != null && !c.speaker.pronoun() && c.speaker.te() == previous.speaker.te()) {
                            c.speaker = previous.speaker;
                        }
                    }
                    case COMME -> {
                        c.speaker = forwardNP(s, skipAdverbs(s, c.te), false);
                        c.post = c.ts > 0 && s.toks.get(c.ts - 1).is(",");
                    }
                    case SELON -> {
                        // "selon lui" refers back; "selon lequel" is a relative, not an attribution
                        boolean stressed = c.te < s.toks.size() && STRESSED_PRONOUNS.contains(s.words.get(c.te));
                        c.speaker = stressed ? new NP(c.te, c.te + 1, s.toks.get(c.te).start, s.toks.get(c.te).end, true)
                                : c.te < s.toks.size() && lx.backStop.contains(s.words.get(c.te)) ? null
                                : forwardNP(s, c.te, false, true);
                        c.post = c.ts > 0 && s.toks.get(c.ts - 1).is(",");
                    }
                    // a gerund's subject is the clause's subject, never the object just before it
                    case GERUND -> c.speaker = previous != null ? previous.speaker : earlierVerbSubject(s, c.ts);
                }
                if (c.speaker != null) {
                    c.rs = Math.min(c.ts, c.speaker.ts);
                    c.re = Math.max(c.te, c.speaker.te);
                    previous = c;
                    s.lastSpeaker = c.speaker;
                }
            }
        }

        private boolean endsClause(Sent s, int k) {
            k = skipAdverbs(s, k);
            return k >= s.toks.size() || s.toks.get(k).kind != 'w' || lx.fwdStop.contains(s.words.get(k));
        }

        /** "qui, après l'élection, a annoncé X": the comma closes an incise and X is the object. */
        private boolean afterRelativeIncise(Sent s, int ts) {
            if (ts < 2 || !s.toks.get(ts - 1).is(",")) return false;
            for (int x = ts - 2; x > 0 && ts - x <= 10; x--) {
                if (s.toks.get(x).is(",")) {
                    String r = s.words.get(x - 1);
                    return r.equals("qui") || r.equals("who") || r.equals("which");
                }
                if (s.toks.get(x).kind != 'w') return false;
            }
            return false;
        }

        /** The subject before a verb, skipping auxiliaries, clitics and relative pronouns. */
        private NP backwardSubject(Sent s, int p) {
            List<String> w = s.words;
            int q = p;
            while (q > 0 && p - q < 4 && (lx.auxAdverbs.contains(w.get(q - 1)) || suffixedAdverb(s, q - 1)
                    || lx.lang == QuoteLexicon.Lang.EN && progressive(w, p) && BE.contains(w.get(q - 1)))) {
                q--;
            }
            // "l'ONU lui a répondu": a clitic after a word is an object; after a comma it is the subject
            while (q > 1 && p - q < 2 && lx.clitics.contains(w.get(q - 1)) && !isDelim(s.toks.get(q - 2))) q--;
            q = timeBefore(s, q);
            NP np = null;
            if (afterRelativeIncise(s, q)) {
                int x = q - 2;
                while (!s.toks.get(x).is(",")) x--;
                np = backwardNP(s, x - 1);
            }
            if (np == null) np = backwardNP(s, q);
            if (np == null && q > 0 && (w.get(q - 1).equals("qui") || w.get(q - 1).equals("who"))) {
                np = backwardNP(s, q - 1);
            }
            return np != null ? np : earlierVerbSubject(s, q);
        }

        /**
         * Where the words before {@code q} start when they end with a time noun phrase and the preposition before it
         * ("qui dans la journée avait jugé", "who last week said"): a date between a subject and its verb is skipped
         * like an adverb, so the relative pronoun or the subject before it is read; else {@code q}.
         */
        private int timeBefore(Sent s, int q) {
            for (int j = Math.max(0, q - TIME_PHRASE_WORDS); j < q; j++) {
                if (timePhrase(s, j) != q - j) continue;
                return j > 0 && lx.timePrepositions.contains(s.words.get(j - 1)) ? j - 1 : j;
            }
            return q;
        }

        /** An adverb by its ending, unless a determiner or a genitive makes it a noun ("the family", "Trump's family"). */
        private boolean suffixedAdverb(Sent s, int k) {
            if (s.toks.get(k).cap || !lx.isSuffixedAdverb(s.words.get(k))) return false;
            if (k == 0) return true;
            String before = s.words.get(k - 1);
            return !lx.determiners.contains(before) && !before.endsWith("’s");
        }

        /** A coordinated verb ("X a salué ... et a proposé") shares the subject of an earlier verb. */
        private NP earlierVerbSubject(Sent s, int q) {
            List<String> w = s.words;
            NP np = null;
            for (int j = q - 1; np == null && j >= 0 && q - j < 40; j--) {
                String x = w.get(j);
                if (lx.aux.contains(x) || x.equals("has") || x.equals("have") || x.equals("had") || x.equals("was")
                        || x.equals("is")) {
                    int r = j;
                    while (r > 0 && j - r < 2 && lx.clitics.contains(w.get(r - 1))) r--;
                    np = backwardNP(s, r);
                }
            }
            return np;
        }

        /**
         * The noun phrase ending at token {@code e}: back to a clause opener, merged across one comma for
         * "title, Name" and "Name, apposition"; an incise with neither determiner nor capital is skipped.
         */
        private NP backwardNP(Sent s, int e) {
            List<Tok> t = s.toks;
            List<String> w = s.words;
            e = stripIncises(s, e);
            for (int attempt = 0; attempt < 3; attempt++) {
                int b = e;
                while (b > 0 && t.get(b - 1).kind == 'w' && !lx.backStop.contains(w.get(b - 1)) && e - b < 14) b--;
                if (b == e) return null;
                boolean reached = b == 0 || isDelim(t.get(b - 1));
                int seg = b;
                while (seg > 0 && e - seg < 16 && t.get(seg - 1).kind == 'w') seg--;
                if (seg > 0 && t.get(seg - 1).is(",") && isParticiple(w.get(seg))) {
                    e = seg - 1; // ", speaking to reporters," is an incise
                    continue;
                }
                int s0 = firstNpStart(s, b, e);
                if (s0 < 0 && lx.lang == QuoteLexicon.Lang.EN && e - b <= 5) s0 = b; // "officials said"
                if (s0 < 0) {
                    if (reached && b > 0 && t.get(b - 1).is(",")) {
                        e = b - 1;
                        continue;
                    }
                    return null;
                }
                if (reached && b > 0 && t.get(b - 1).is(",")) {
                    int pe = b - 1;
                    int pb = pe;
                    while (pb > 0 && t.get(pb - 1).kind == 'w' && !lx.backStop.contains(w.get(pb - 1)) && pe - pb < 14) pb--;
                    boolean prevReached = pb == 0 || isDelim(t.get(pb - 1));
                    if (pb < pe) {
                        boolean name = s0 == b && isPureName(s, b, e);
                        if (name && prevReached && lx.determiners.contains(w.get(pb))) return np(s, pb, e);
                        if (!name && !isPronoun(s, b, e) && isPureName(s, pb, pe)) return np(s, pb, e);
                        // "The senator, a Democrat from Ohio, said": an indefinite apposition after a title
                        if (INDEFINITE.contains(w.get(b)) && prevReached && lx.determiners.contains(w.get(pb))) {
                            return np(s, pb, e);
                        }
                    }
                }
                // "In a meeting Smith said": a leading prepositional phrase is not part of the subject
                if (PREPOSITIONS.contains(w.get(s0))) {
                    int nb = e;
                    while (nb > s0 && t.get(nb - 1).cap) nb--;
                    if (nb < e && isPureName(s, nb, e)) return np(s, nb, e);
                }
                return np(s, s0, e);
            }
            return null;
        }

        /** Drops a trailing comma and an incise such as ", quant à lui," before the verb. */
        private int stripIncises(Sent s, int e) {
            List<Tok> t = s.toks;
            if (e > 0 && t.get(e - 1).is(",")) {
                int x = e - 2;
                while (x >= 0 && !t.get(x).is(",") && e - 1 - x <= 6) x--;
                if (x >= 0 && t.get(x).is(",") && isIncise(s.words, x + 1, e - 1)) return x;
                return e - 1;
            }
            return e;
        }

        private boolean isIncise(List<String> w, int a, int b) {
            for (String[] p : lx.incises) {
                if (p.length != b - a) continue;
                boolean ok = true;
                for (int k = 0; k < p.length && ok; k++) ok = p[k].equals(w.get(a + k));
                if (ok) return true;
            }
            return false;
        }

        /** The speaker after a cue: "a déclaré [ce lundi] la porte-parole X", with an apposition after a name. */
        private NP forwardNP(Sent s, int j, boolean apposition) {
            return forwardNP(s, j, apposition, false);
        }

        private NP forwardNP(Sent s, int j, boolean apposition, boolean bare) {
            List<Tok> t = s.toks;
            List<String> w = s.words;
            int n = t.size();
            if (j >= n || t.get(j).kind != 'w') return null;
            String w0 = w.get(j);
            if (lx.intro.contains(w0) || lx.datives.contains(w0) || lx.infinitiveMarks.contains(w0)
                    || lx.fwdStop.contains(w0) && !isDemonstrative(w0)) {
                return null;
            }
            if (lx.pronouns.contains(w0)) return np(s, j, j + 1);
            int k = j;
            boolean hasCap = false;
            while (k < n && k - j < 12 && t.get(k).kind == 'w') {
                String x = w.get(k);
                Tok tk = t.get(k);
                if (k > j) {
                    if (lx.fwdStop.contains(x) && !(isDemonstrative(x) && !(k + 1 < n && lx.adverbs.contains(w.get(k + 1))))) break;
                    if (hasCap && lx.datives.contains(x)) break;
                    // a speech verb ends the phrase, unless a determiner makes it a noun ("the report")
                    if (!tk.cap && (lx.isSpeechForm(x) && !lx.determiners.contains(w.get(k - 1)) || lx.adverbs.contains(x))) break;
                }
                if (tk.cap) hasCap = true;
                k++;
            }
            // "according to officials": a bare plural is a speaker after a preposition
            if (k == j || !bare && firstNpStart(s, j, k) != j) return null;
            int e = k;
            // "la secrétaire générale du syndicat, Anne Roy," : the name after the title belongs to it
            if (apposition && e + 1 < n && t.get(e).is(",") && !isPureName(s, j, e)) {
                int m = e + 1;
                while (m < n && m - e <= 4 && t.get(m).kind == 'w' && t.get(m).cap) m++;
                if (m > e + 1 && isPureName(s, e + 1, m) && (m == n || t.get(m).kind == 'p' || lx.fwdStop.contains(w.get(m)))) {
                    return np(s, j, m);
                }
            }
            if (apposition && e + 1 < n && t.get(e).is(",") && t.get(e - 1).cap && looksApposition(s, e + 1)) {
                int m = e + 1;
                while (m < n && t.get(m).kind == 'w' && m - e < 20) m++;
                e = m;
            }
            return np(s, j, e);
        }

        private boolean looksApposition(Sent s, int p) {
            Tok t = s.toks.get(p);
            String x = s.words.get(p);
            if (t.kind != 'w' || t.cap || lx.backStop.contains(x) || lx.fwdStop.contains(x) || lx.intro.contains(x)
                    || lx.isSpeechForm(x) || isParticiple(x)) {
                return false;
            }
            if (lx.determiners.contains(x)) {
                return p + 1 < s.toks.size() && s.toks.get(p + 1).kind == 'w' && !s.toks.get(p + 1).cap;
            }
            return true;
        }

        private int firstNpStart(Sent s, int b, int e) {
            for (int k = b; k < e; k++) {
                String x = s.words.get(k);
                if (s.toks.get(k).cap || lx.determiners.contains(x) || lx.pronouns.contains(x)
                        || lx.titleAbbreviations.contains(x)) {
                    return k;
                }
            }
            return -1;
        }

        private boolean isPureName(Sent s, int b, int e) {
            if (e - b < 1 || e - b > 5) return false;
            Tok first = s.toks.get(b);
            if (!first.cap || lx.capFunction.contains(first.lower)) return false;
            if (!s.toks.get(e - 1).cap) return false;
            for (int k = b; k < e; k++) {
                Tok t = s.toks.get(k);
                if (t.kind != 'w' || !(t.cap || lx.nameParticles.contains(t.lower))) return false;
            }
            return true;
        }

        private boolean isPronoun(Sent s, int b, int e) {
            return e - b == 1 && (lx.pronouns.contains(s.words.get(b)) || INVERTED.matcher(s.words.get(b)).matches());
        }

        private NP np(Sent s, int b, int e) {
            return new NP(b, e, s.toks.get(b).start, s.toks.get(e - 1).end, isPronoun(s, b, e));
        }

        private static boolean isDelim(Tok t) {
            return t.kind == 'q' || t.kind == 'p';
        }

        private boolean isParticiple(String x) {
            return x.length() > 4 && !lx.notParticiples.contains(x)
                    && (lx.lang == QuoteLexicon.Lang.EN ? x.endsWith("ing") : x.endsWith("ant"));
        }

        // ---------------------------------------------------------- rule: antecedent candidates

        /** Explicit speakers, sentence-initial names and "M. Name" are what a later pronoun can refer to. */
        private void collectMentions(Sent s) {
            for (Cue c : s.cues) {
                if (c.speaker != null && !c.speaker.pronoun) mentions.put(c.speaker.start, c.speaker);
            }
            int k = 0;
            while (k < s.toks.size() && k < 4 && s.toks.get(k).kind == 'w' && s.toks.get(k).cap) k++;
            if (k > 0 && k < s.toks.size() && isPureName(s, 0, k)
                    && (s.toks.get(k).is(",") || s.toks.get(k).kind == 'w' && !s.toks.get(k).cap)) {
                mentions.putIfAbsent(s.toks.get(0).start, np(s, 0, k));
            }
            for (int i = 0; i + 1 < s.toks.size(); i++) {
                if (lx.titleAbbreviations.contains(s.words.get(i)) && s.toks.get(i + 1).cap) {
                    int e = i + 2;
                    while (e < s.toks.size() && e < i + 4 && s.toks.get(e).kind == 'w' && s.toks.get(e).cap) e++;
                    mentions.putIfAbsent(s.toks.get(i).start, np(s, i, e));
                }
            }
        }

        // ---------------------------------------------------------- rule: indirect speech

        private void reportIndirect(Sent s) {
            for (Cue c : s.cues) {
                if (c.speaker == null) continue;
                boolean done = switch (c.type) {
                    case SELON, COMME -> contentAfterComma(s, c);
                    case VERB, GERUND -> !c.post && contentAfterVerb(s, c);
                    case INVERTED -> false;
                };
                if (!done && c.type != CueType.GERUND) contentBefore(s, c);
            }
        }

        /** "X a déclaré (à des journalistes) que CONTENT", "X a demandé aux membres de CONTENT", "X said CONTENT". */
        private boolean contentAfterVerb(Sent s, Cue c) {
            List<Tok> t = s.toks;
            List<String> w = s.words;
            int n = t.size();
            int a = skipAdverbs(s, c.te);
            int cs = -1;
            for (int k = a; k < n && k - a < 8 && t.get(k).kind == 'w'; k++) {
                if (lx.intro.contains(w.get(k))) {
                    // "ce qu'il pensait": a relative clause, not reported content
                    if (k > 0 && (w.get(k - 1).equals("ce") || w.get(k - 1).equals("ceux"))) break;
                    cs = k + 1;
                    break;
                }
                if (k > a && lx.isSpeechForm(w.get(k))) break;
            }
            if (cs < 0 && c.objectControl && infinitiveSoon(s, a)) cs = a;
            if (cs < 0 && lx.lang == QuoteLexicon.Lang.EN && lx.sayVerbs.contains(w.get(c.ts)) && a < n
                    && t.get(a).kind == 'w' && !lx.fwdStop.contains(w.get(a)) && !w.get(c.ts).startsWith("tel")
                    && !w.get(c.ts).equals("told")) {
                cs = a;
            }
            if (cs < 0) return false;
            while (cs < n && t.get(cs).kind == 'p') cs++;
            if (cs >= n) return false;
            boolean sub = c.speaker.ts > 0 && (lx.subordinators.contains(w.get(c.speaker.ts - 1))
                    || c.speaker.ts > 1 && lx.intro.contains(w.get(c.speaker.ts - 1))
                    && lx.subordinators.contains(w.get(c.speaker.ts - 2)));
            int ce = contentEnd(s, cs, sub);
            emitIndirect(s, cs, ce, c.speaker);
            return true;
        }

        /** "Selon X, CONTENT" and "Comme l'a dit X, CONTENT". */
        private boolean contentAfterComma(Sent s, Cue c) {
            int cs = c.speaker.te;
            if (c.post || cs >= s.toks.size() || !(s.toks.get(cs).is(",") || s.toks.get(cs).is(":"))) return false;
            cs++;
            if (cs >= s.toks.size()) return false;
            emitIndirect(s, cs, contentEnd(s, cs, false), c.speaker);
            return true;
        }

        /** "CONTENT, a déclaré X." and "CONTENT, X said." — only when no quotation is in the clause. */
        private void contentBefore(Sent s, Cue c) {
            int r = c.rs;
            if (r < 3 || !s.toks.get(r - 1).is(",")) return;
            // only a trailing attribution: ", a déclaré X." / ", X said." — not "X a indiqué : «...»"
            int a = skipAdverbs(s, c.re);
            boolean trailing = lx.lang == QuoteLexicon.Lang.EN && (a >= s.toks.size() || s.toks.get(a).is(".")
                    || s.toks.get(a).is(",") || lx.fwdStop.contains(s.words.get(a)));
            boolean colon = a < s.toks.size() && s.toks.get(a).is(":");
            if (!(c.post || trailing) || colon && c.type != CueType.COMME) return;
            int ce = r - 1;
            // a quotation ending the clause or opening it is the statement itself, reported as such
            int first = 0;
            while (first < ce && s.toks.get(first).kind == 'p') first++;
            if (s.toks.get(ce - 1).kind == 'q' || s.toks.get(first).kind == 'q') return;
            emitIndirect(s, Math.max(0, ce - MAX_CONTENT), ce, c.speaker);
        }

        private boolean infinitiveSoon(Sent s, int a) {
            List<String> w = s.words;
            for (int k = a; k < w.size() && k - a < 12; k++) {
                if (!lx.infinitiveMarks.contains(w.get(k))) continue;
                int m = k + 1;
                while (m < w.size() && m - k < 3 && lx.clitics.contains(w.get(m))) m++;
                if (m < w.size() && s.toks.get(m).kind == 'q') return true; // "appelé à « rester unis »"
                if (m < w.size() && s.toks.get(m).kind == 'w') {
                    String x = w.get(m);
                    if (lx.lang == QuoteLexicon.Lang.EN || x.endsWith("er") || x.endsWith("ir") || x.endsWith("re")
                            || x.endsWith("oir")) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** Content runs to the end of the sentence, or to a participial phrase, an aside, or a subordinate's end. */
        private int contentEnd(Sent s, int cs, boolean subordinate) {
            List<Tok> t = s.toks;
            List<String> w = s.words;
            int n = t.size();
            int k = cs;
            for (; k < n && k - cs < MAX_CONTENT; k++) {
                Tok tk = t.get(k);
                if (tk.kind != 'p') continue;
                // sentences are already split: a full stop inside one belongs to an abbreviation ("U.S.")
                if (tk.is(";")) break;
                if ((tk.is("–") || tk.is("—")) && k > cs + 2) break;
                if (tk.is(",") && k > cs + 2) {
                    if (subordinate) break;
                    int m = k + 1;
                    if (m < n && (w.get(m).equals("en") || w.get(m).equals("tout"))) m++;
                    if (m < n && (w.get(m).equals("s’") || w.get(m).equals("se"))) m++;
                    if (m < n && t.get(m).kind == 'w' && isParticiple(w.get(m))) break;
                }
            }
            int e = k;
            while (e > cs && t.get(e - 1).kind == 'p' && ",:;–—-.!?".contains(t.get(e - 1).lower)
                    && !(e - 2 >= cs && t.get(e - 1).is(".") && t.get(e - 2).end - t.get(e - 2).start == 1)) {
                e--;
            }
            return e;
        }

        private void emitIndirect(Sent s, int cs, int ce, NP speaker) {
            if (ce - cs < 2) return;
            if (ce - cs == 1 && s.toks.get(cs).kind == 'q') return;
            // a content that is one quotation with its punctuation is reported as that quotation
            if (s.quotesBefore[ce] - s.quotesBefore[cs] == 1 && ce - cs <= 2 && s.toks.get(cs).kind == 'q') return;
            found.add(new Found(s.toks.get(cs).start, s.toks.get(ce - 1).end, Quotation.Kind.INDIRECT, speaker));
        }

        // ---------------------------------------------------------- rule: direct, partial, scare

        private void classifyQuotes(List<Sent> sents, Sent previousLine) {
            // "X a déclaré :" closing a paragraph introduces the quotation that opens the next one
            Sent previous = previousLine != null && previousLine.toks.get(previousLine.toks.size() - 1).is(":")
                    ? previousLine : null;
            for (Sent s : sents) {
                int prevQ = -1;
                Found prevF = null;
                boolean prevLabel = false;
                for (int qi = 0; qi < s.toks.size(); qi++) {
                    Tok tk = s.toks.get(qi);
                    if (tk.kind != 'q') continue;
                    QSpan q = quoteAt.get(tk.start);
                    if (q == null) continue;
                    boolean label = isLabel(s, qi, q, prevLabel && prevQ == qi - 2);
                    prevLabel = label;
                    if (label) {
                        prevQ = qi;
                        prevF = null;
                        continue;
                    }
                    Found f;
                    if (prevF != null && interrupted(s, prevQ, qi)) {
                        f = new Found(q.cStart, q.cEnd, prevF.kind, prevF.speaker);
                    } else {
                        boolean direct = directShape(s, qi, q);
                        Cue att = attribution(s, qi);
                        NP sp = att == null ? dashSignature(s, qi) : att.speaker;
                        if (direct && sp == null && previous != null && wholeSentence(s, qi)) sp = previous.lastSpeaker;
                        Quotation.Kind kind = direct ? Quotation.Kind.DIRECT
                                : sp != null ? Quotation.Kind.PARTIAL : Quotation.Kind.SCARE;
                        f = new Found(q.cStart, q.cEnd, kind, kind == Quotation.Kind.SCARE ? null : sp);
                    }
                    found.add(f);
                    quoteFound.put(q.open, f);
                    if (f.speaker != null) s.lastSpeaker = f.speaker;
                    prevQ = qi;
                    prevF = f;
                }
                previous = s;
            }
        }

        /** "“…” ― Ana Lopez": a dash and a name closing the paragraph sign the quotation. */
        private NP dashSignature(Sent s, int qi) {
            int n = s.toks.size();
            if (qi + 2 >= n || !"―—–-".contains(s.toks.get(qi + 1).lower)) return null;
            int k = qi + 2;
            while (k < n && k - qi - 2 < 5 && s.toks.get(k).kind == 'w') k++;
            if (k < n && !(s.toks.get(k).is(",") || s.toks.get(k).is("."))) return null;
            return isPureName(s, qi + 2, k) ? np(s, qi + 2, k) : null;
        }

        /** A quotation is sentence-shaped if capitalised and it opens the sentence, follows a colon, or is long. */
        private boolean directShape(Sent s, int qi, QSpan q) {
            int k = q.cStart;
            while (k < q.cEnd && !Character.isLetterOrDigit(text.charAt(k))) k++;
            if (k >= q.cEnd || !(Character.isUpperCase(text.charAt(k)) || Character.isDigit(text.charAt(k)))) return false;
            boolean atStart = s.firstContent == qi;
            int words = wordCount(q.cStart, q.cEnd);
            String before = qi > 0 ? s.words.get(qi - 1) : "";
            boolean endsSentence = ".!?…".indexOf(text.charAt(q.cEnd - 1)) >= 0;
            boolean punctAfter = qi + 1 >= s.toks.size() || s.toks.get(qi + 1).kind == 'p';
            return atStart && (words >= 3 || punctAfter) || before.equals(":") || before.equals(",") && words >= 3 || endsSentence && words >= 3
                    || words >= 8;
        }

        private boolean wholeSentence(Sent s, int qi) {
            return s.contentTokens == 1 && s.toks.get(qi).kind != 'p';
        }

        /** "«A», a-t-il dit, «B»": B continues A when only the attribution and a short adverbial sit between. */
        private boolean interrupted(Sent s, int prevQ, int qi) {
            for (Cue c : near(s, qi)) {
                if (c.rs <= prevQ || c.re > qi || c.speaker == null) continue;
                for (int k = prevQ + 1; k < c.rs; k++) if (s.toks.get(k).kind != 'p') return false;
                if (qi - c.re > 8) return false;
                for (int k = c.re; k < qi; k++) {
                    Tok t = s.toks.get(k);
                    if (t.kind == 'q' || t.is(".") || t.is("?") || t.is("!")) return false;
                }
                return s.toks.get(qi - 1).is(",") || s.toks.get(qi - 1).is(":");
            }
            return false;
        }

        /** Titles of works and interface labels ("en cliquant sur «Continuer»") are not quotations. */
        private boolean isLabel(Sent s, int qi, QSpan q, boolean afterLabel) {
            if (afterLabel && (s.toks.get(qi - 1).is(",") || s.words.get(qi - 1).equals("et")
                    || s.words.get(qi - 1).equals("ou") || s.words.get(qi - 1).equals("and")
                    || s.words.get(qi - 1).equals("or"))) {
                return true;
            }
            for (int k = qi - 1, seen = 0; k >= 0 && seen < 3; k--) {
                if (s.toks.get(k).kind != 'w') break;
                seen++;
                // titles and labels are capitalised: "le film « La Grande Évasion »", not "qualifié le film d'« ennuyeux »"
                if (lx.titleCues.contains(s.words.get(k))) {
                    return wordCount(q.cStart, q.cEnd) <= 8 && Character.isUpperCase(firstLetter(q));
                }
            }
            if (lx.lang == QuoteLexicon.Lang.EN && qi > 0) {
                // Title Case words in running text: a title, not a statement
                String[] ws = text.substring(q.cStart, q.cEnd).split(WordTokenizer.SPACES);
                if (ws.length >= 2 && ws.length <= 8 && ".!?".indexOf(text.charAt(q.cEnd - 1)) < 0) {
                    boolean title = true;
                    for (String x : ws) {
                        if (x.length() > 3 && !Character.isUpperCase(x.charAt(0))) title = false;
                    }
                    return title;
                }
            }
            return false;
        }

        private char firstLetter(QSpan q) {
            for (int k = q.cStart; k < q.cEnd; k++) {
                if (Character.isLetter(text.charAt(k))) return text.charAt(k);
            }
            return ' ';
        }

        /** Cues within a window around token qi: attributions sit close to their quotation, and this keeps it linear. */
        private static List<Cue> near(Sent s, int qi) {
            List<Cue> cues = s.cues;
            int lo = 0, hi = cues.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (cues.get(mid).ts < qi - WINDOW) lo = mid + 1; else hi = mid;
            }
            int end = lo;
            while (end < cues.size() && cues.get(end).ts <= qi + WINDOW) end++;
            return cues.subList(lo, end);
        }

        /** The attribution of a quotation: right after, right before, a trailing one, else the nearest before. */
        private Cue attribution(Sent s, int qi) {
            List<Cue> cues = near(s, qi);
            Cue before = null;
            Cue after = null;
            for (Cue c : cues) {
                if (c.speaker == null) continue;
                if (c.re <= qi) before = c;
                else if (c.rs > qi && after == null) after = c;
            }
            if (after != null) {
                boolean adjacent = true;
                for (int k = qi + 1; k < after.rs && adjacent; k++) adjacent = s.toks.get(k).kind == 'p' && !s.toks.get(k).is(".");
                if (adjacent) return after;
            }
            if (before != null) {
                boolean adjacent = true;
                for (int k = before.re; k < qi && adjacent; k++) {
                    Tok t = s.toks.get(k);
                    adjacent = t.is(":") || t.is(",") || t.is("–");
                }
                if (adjacent) return before;
            }
            for (Cue c : cues) {
                if (c.rs > qi && c.post && c.speaker != null) return c;
            }
            return before;
        }

        // ---------------------------------------------------------- rule: pull-quotes

        /** A one-sentence paragraph followed by a paragraph that is only "Name[, title]" is that person's quotation. */
        private void findPullQuotes() {
            for (int i = 0; i + 1 < lines.size(); i++) {
                List<Sent> body = sentsByLine.get(i);
                List<Sent> sig = sentsByLine.get(i + 1);
                if (body.size() != 1 || sig.size() != 1) continue;
                Sent b = body.get(0);
                Sent n = sig.get(0);
                if (!isNameLine(n)) continue;
                int[] l = lines.get(i);
                int st = l[0];
                int en = l[1];
                while (st < en && isTrim(text.charAt(st))) st++;
                while (en > st && isTrim(text.charAt(en - 1))) en--;
                if (en <= st || ".!?…»”\"".indexOf(text.charAt(en - 1)) < 0 || wordCount(st, en) < 5) continue;
                NP speaker = new NP(0, n.toks.size(), n.start(), n.end(), false);
                int quotes = b.quotesBefore[b.toks.size()];
                if (quotes == 0) {
                    found.add(new Found(st, en, Quotation.Kind.DIRECT, speaker));
                    mentions.putIfAbsent(speaker.start, speaker);
                } else if (quotes == 1 && wholeSentence(b, indexOfQuote(b))) {
                    Tok qt = b.toks.get(indexOfQuote(b));
                    Found f = quoteFound.get(qt.start);
                    if (f != null && f.speaker == null) {
                        dropped.add(f);
                        found.add(new Found(f.start, f.end, Quotation.Kind.DIRECT, speaker));
                    }
                }
            }
        }

        /**
         * A quotation left open at the end of a paragraph continues in the next one, which reopens it
         * ("“First paragraph ... / “Second one,” he said."): both have the speaker of the second.
         */
        private void continueOpenQuotes() {
            for (int i = sentsByLine.size() - 2; i >= 0; i--) { // backwards, so a speaker flows through a chain
                List<Sent> cur = sentsByLine.get(i);
                // a line of only masked characters ("***", "#") has no sentence
                if (cur.isEmpty() || sentsByLine.get(i + 1).isEmpty()) continue;
                Sent last = cur.get(cur.size() - 1);
                Tok lt = last.toks.get(last.toks.size() - 1);
                QSpan q = lt.kind == 'q' ? quoteAt.get(lt.start) : null;
                Sent next = sentsByLine.get(i + 1).get(0);
                int first = next.firstContent;
                if (q == null || !q.unclosed || first < 0 || next.toks.get(first).kind != 'q') continue;
                Found f = quoteFound.get(q.open);
                Found g = quoteFound.get(next.toks.get(first).start);
                if (f != null && g != null && f.speaker == null && g.speaker != null && !dropped.contains(f)) {
                    dropped.add(f);
                    Found h = new Found(f.start, f.end, Quotation.Kind.DIRECT, g.speaker);
                    found.add(h);
                    quoteFound.put(q.open, h);
                }
            }
        }

        /** Transcripts: a paragraph "NAME: words" (label in capitals) is NAME's direct quotation. */
        private void findSpeakerLabels() {
            for (List<Sent> sents : sentsByLine) {
                if (sents.isEmpty()) continue;
                Sent s = sents.get(0);
                int k = 0;
                while (k < s.toks.size() && s.toks.get(k).kind == 'p' && MARKS.indexOf(s.toks.get(k).lower.charAt(0)) >= 0) k++;
                int b = k;
                while (k < s.toks.size() && k - b < 3 && s.toks.get(k).kind == 'w' && allCaps(s.toks.get(k))) k++;
                if (k == b || k >= s.toks.size() || !s.toks.get(k).is(":")) continue;
                Sent last = sents.get(sents.size() - 1);
                int st = s.toks.get(k).end;
                int en = last.end();
                while (st < en && isTrim(text.charAt(st))) st++;
                while (en > st && (isTrim(text.charAt(en - 1)) || MARKS.indexOf(text.charAt(en - 1)) >= 0)) en--;
                if (wordCount(st, en) < 2) continue;
                NP label = new NP(b, k, s.toks.get(b).start, s.toks.get(k - 1).end, false);
                found.add(new Found(st, en, Quotation.Kind.DIRECT, label));
            }
        }

        private boolean allCaps(Tok t) {
            String raw = text.substring(t.start, t.end);
            return raw.codePoints().filter(Character::isLetter).count() >= 2 && raw.codePoints().noneMatch(Character::isLowerCase);
        }

        private static int indexOfQuote(Sent s) {
            for (int i = 0; i < s.toks.size(); i++) if (s.toks.get(i).kind == 'q') return i;
            return -1;
        }

        private boolean isNameLine(Sent s) {
            List<Tok> t = s.toks;
            int words = 0;
            for (Tok x : t) {
                if (x.kind == 'q' || x.is(".") || x.is("!") || x.is("?") || x.is(":")) return false;
                if (x.kind == 'w') words++;
            }
            if (words > 14) return false;
            int k = 0;
            while (k < t.size() && k < 5 && t.get(k).kind == 'w' && (t.get(k).cap || lx.nameParticles.contains(t.get(k).lower))) k++;
            while (k > 0 && !t.get(k - 1).cap) k--;
            if (k < 2 && !(k >= 1 && lx.titleAbbreviations.contains(t.get(0).lower))) return false;
            if (!isPureName(s, 0, k) && !lx.titleAbbreviations.contains(t.get(0).lower)) return false;
            if (k == t.size()) return true;
            if (!t.get(k).is(",") || k + 1 >= t.size()) return false;
            for (int m = k + 1; m < t.size(); m++) if (t.get(m).is(",")) return false;
            return t.get(k + 1).kind == 'w' && !t.get(k + 1).cap;
        }

        // ---------------------------------------------------------- output

        private List<QuoteCandidate> output() {
            Map<String, QuoteCandidate> out = new LinkedHashMap<>();
            java.util.Set<String> quoteSpans = new java.util.HashSet<>();
            for (Found f : found) {
                if (f.kind != Quotation.Kind.INDIRECT) quoteSpans.add(f.start + ":" + f.end);
            }
            for (Found f : found) {
                if (f.end <= f.start || dropped.contains(f)) continue;
                if (f.kind == Quotation.Kind.INDIRECT && quoteSpans.contains(f.start + ":" + f.end)) continue;
                String key = f.start + ":" + f.end + ":" + f.kind;
                if (out.containsKey(key)) continue;
                NP sp = f.speaker;
                NP ante = sp != null && sp.pronoun && anaphoric(sp) ? antecedent(sp.start) : null;
                out.put(key, new QuoteCandidate(text.substring(f.start, f.end), f.start, f.end, f.kind,
                        sp == null ? null : text.substring(sp.start, sp.end), sp == null ? -1 : sp.start,
                        sp == null ? -1 : sp.end,
                        ante == null ? null : text.substring(ante.start, ante.end), ante == null ? -1 : ante.start,
                        ante == null ? -1 : ante.end));
            }
            List<QuoteCandidate> list = new ArrayList<>(out.values());
            list.sort(Comparator.comparingInt(QuoteCandidate::start).thenComparingInt(QuoteCandidate::end)
                    .thenComparing(QuoteCandidate::kind));
            return List.copyOf(list);
        }

        private boolean anaphoric(NP sp) {
            String w = text.substring(sp.start, sp.end).toLowerCase(java.util.Locale.ROOT);
            Matcher m = INVERTED.matcher(w);
            return lx.anaphoric.contains(m.matches() ? m.group(2) : w);
        }

        /** The most recent explicit speaker or person-like name that ends before the pronoun. */
        private NP antecedent(int pos) {
            Map.Entry<Integer, NP> e = mentions.lowerEntry(pos);
            for (int guard = 0; e != null && guard < 8; guard++) {
                if (e.getValue().end <= pos && !e.getValue().pronoun) return e.getValue();
                e = mentions.lowerEntry(e.getKey());
            }
            return null;
        }
    }

    // ------------------------------------------------------------------ characters

    private static boolean isTrim(char c) {
        return isSpace(c) || c == '*' || c == '_';
    }
}
