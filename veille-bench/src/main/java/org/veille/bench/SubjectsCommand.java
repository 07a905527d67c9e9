// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.veille.analyze.Quotation;
import org.veille.analyze.SentenceSplitter;
import org.veille.analyze.Span;
import org.veille.analyze.WordTokenizer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code subjects --data PATH}: an experiment on a French news dev set. For each gold direct or partial quotation,
 * parses the sentence that holds it (the words of a direct quotation as one placeholder word) and takes the subject
 * of the verb that governs the quotation; counts how often that subject names the gold speaker where Veille's
 * speaker is right or wrong. Prints the parser's load time and speed.
 */
@Command(name = "subjects", mixinStandardHelpOptions = true,
        description = "Experiment: the parsed subject of a quotation's cue verb against the gold speaker and Veille's.")
final class SubjectsCommand implements Callable<Integer> {

    private static final String PLACEHOLDER = "propos";
    private static final Set<String> FUNCTION_WORDS = Set.of("le", "la", "les", "l", "de", "du", "des", "d", "un", "une", "et", "en", "a",
            "au", "aux", "son", "sa", "ses", "ce", "cette", "qui", "que", "m", "mme", "dans");

    @Option(names = "--data", required = true, paramLabel = "PATH", description = "the set's folder")
    Path data;

    @Option(names = "--show", description = "print each quotation where the parse and Veille disagree")
    boolean show;

    @Option(names = "--parse", paramLabel = "SENTENCE", description = "only print the parse of SENTENCE")
    String sentence;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (sentence != null) {
            DependencyParse p = FrenchParser.french().parse(sentence, new WordTokenizer().tokens(sentence, 0, sentence.length()));
            for (int i = 0; i < p.size(); i++) {
                out.printf("%d %s %s %d %s%n", i, p.words().get(i).of(sentence), p.tag(i), p.head(i), p.relation(i));
            }
            return 0;
        }
        FrNewsSet set = FrNewsSet.load(data, FrNewsSet.findTexts(data), 0, spec.commandLine().getErr());
        long t0 = System.nanoTime();
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heap0 = rt.totalMemory() - rt.freeMemory();
        FrenchParser parser = FrenchParser.french();
        System.gc();
        long loadNanos = System.nanoTime() - t0;
        long heap = rt.totalMemory() - rt.freeMemory() - heap0;
        QuoteRun run = QuoteRun.of(QuotesCommand.analyzer(), set.docs());
        WordTokenizer tokenizer = new WordTokenizer();
        SentenceSplitter splitter = new SentenceSplitter();
        int n = 0, veilleRight = 0, parseRight = 0, parseSubject = 0, parseRightVeilleWrong = 0, parseWrongVeilleRight = 0,
                parseSubjectVeilleRight = 0, veilleDesignationRight = 0, gated = 0, gatedGain = 0, gatedLoss = 0;
        long parseNanos = 0;
        int sentences = 0, words = 0;
        for (int a = 0; a < set.articles().size(); a++) {
            FrNewsSet.Article article = set.articles().get(a);
            String text = article.doc().text();
            List<Span> split = splitter.split(text);
            for (FrNewsSet.Quote g : article.gold()) {
                if (g.kind() != Quotation.Kind.DIRECT && g.kind() != Quotation.Kind.PARTIAL) continue;
                Predicted best = QuoteMatch.best(g.span(), run.quotes().get(a));
                if (best == null) continue;
                n++;
                boolean veille = FrNewsSet.rightSpeaker(g, best);
                if (veille) veilleRight++;
                if (designates(best.speakerText(), g)) veilleDesignationRight++;
                int qs = g.span().parts().getFirst().start(), qe = g.span().parts().getLast().end();
                int ws = qs, we = qe;
                for (Span s : split) {
                    if (s.start() <= qs && qs < s.end()) ws = Math.min(ws, s.start());
                    if (s.start() < qe && qe <= s.end()) we = Math.max(we, s.end());
                }
                boolean direct = g.kind() == Quotation.Kind.DIRECT;
                String window = direct ? text.substring(ws, qs) + PLACEHOLDER + text.substring(qe, we) : text.substring(ws, we);
                int quoteStart = qs - ws, quoteEnd = direct ? quoteStart + PLACEHOLDER.length() : qe - ws;
                List<Span> tokens = tokenizer.tokens(window, 0, window.length());
                long p0 = System.nanoTime();
                DependencyParse parse = parser.parse(window, tokens);
                parseNanos += System.nanoTime() - p0;
                sentences++;
                words += tokens.size();
                String subject = subject(parse, window, quoteStart, quoteEnd);
                boolean right = subject != null && designates(subject, g);
                if (subject != null) parseSubject++;
                if (subject != null && veille) parseSubjectVeilleRight++;
                if (right) parseRight++;
                if (right && !veille) parseRightVeilleWrong++;
                if (!right && veille && subject != null) parseWrongVeilleRight++;
                String said = best.speakerText();
                boolean gate = subject != null && (said == null || subject.length() > said.length() && subject.contains(said));
                if (gate) gated++;
                if (gate && right && !veille) gatedGain++;
                if (gate && !right && veille) gatedLoss++;
                if (show && gate && right != veille) out.printf("GATE%s %s | %s -> %s%n", right ? "+" : "-", article.doc().id(), said, subject);
                if (show && right != veille && (subject != null || veille)) {
                    out.printf("%s %s | gold %s [%s] | veille %s [%s] | parse %s | %s%n", right ? "PARSE+" : "VEILLE+", article.doc().id(),
                            g.speaker(), g.speakerText(), best.speaker(), best.speakerText(), subject, SpeakerMiss.shorten(window));
                }
            }
        }
        out.printf(Locale.ROOT, "load %.1f s, heap +%d MB; %d windows, %d words parsed in %.1f s: %.0f windows/s, %.0f words/s%n",
                loadNanos / 1e9, heap >> 20, sentences, words, parseNanos / 1e9, sentences * 1e9 / parseNanos, words * 1e9 / parseNanos);
        out.printf(Locale.ROOT, "found d+p %d: veille speaker right %d, veille designation right %d; parse gives a subject %d"
                        + " (%d of them where veille right), parse subject right %d; parse right & veille wrong %d; parse wrong (with a subject)"
                        + " & veille right %d%n", n, veilleRight, veilleDesignationRight, parseSubject, parseSubjectVeilleRight, parseRight,
                parseRightVeilleWrong, parseWrongVeilleRight);
        out.printf("gated (no designation, or the parse's runs on from it): %d, gain %d, loss %d%n", gated, gatedGain, gatedLoss);
        return BenchMain.Exit.OK.code;
    }

    /** The subject phrase of the verb governing the words [quoteStart, quoteEnd) of the window, or null. */
    static String subject(DependencyParse parse, String window, int quoteStart, int quoteEnd) {
        List<Integer> inside = new ArrayList<>();
        for (int i = 0; i < parse.size(); i++) {
            Span w = parse.words().get(i);
            if (w.start() >= quoteStart && w.end() <= quoteEnd) inside.add(i);
        }
        if (inside.isEmpty()) return null;
        int top = inside.getFirst();
        for (int i : inside) {
            if (parse.head(i) == DependencyParse.ROOT || !inside.contains(parse.head(i))) {
                top = i;
                break;
            }
        }
        // an incise after the words: « ... », a déclaré X (the verb hangs under the quotation)
        for (int d : parse.dependents(top)) {
            if (inside.contains(d) || !parse.tag(d).equals("VERB")) continue;
            int s = subjectOf(parse, window, d, inside);
            if (s >= 0) return phrase(parse, window, s, inside);
        }
        // a clause reported by a verb (ccomp, parataxis): that verb's subject is the speaker, else the nearest subject
        for (int x = top; parse.head(x) != DependencyParse.ROOT; x = parse.head(x)) {
            if (!DependencyParse.isA(parse.relation(x), "ccomp") && !DependencyParse.isA(parse.relation(x), "parataxis")) continue;
            int s = subjectOf(parse, window, parse.head(x), inside);
            if (s >= 0) return phrase(parse, window, s, inside);
        }
        for (int x = top; x != DependencyParse.ROOT; x = parse.head(x)) {
            int s = subjectOf(parse, window, x, inside);
            if (s >= 0) return phrase(parse, window, s, inside);
        }
        return null;
    }

    private static int subjectOf(DependencyParse parse, String window, int verb, List<Integer> inside) {
        for (int d : parse.dependents(verb)) {
            if (inside.contains(d)) continue;
            if (DependencyParse.isA(parse.relation(d), "obl")) {
                for (int c : parse.dependents(d)) {
                    if (parse.relation(c).equals("case") && parse.words().get(c).of(window).equalsIgnoreCase("selon")) return d;
                }
            }
        }
        int agent = parse.dependent(verb, "obl:agent");
        if (agent >= 0 && !inside.contains(agent)) return agent;
        int s = parse.dependent(verb, "nsubj");
        if (s >= 0 && !inside.contains(s)) {
            if (parse.relation(verb).equals("acl:relcl") && parse.tag(s).equals("PRON")) return parse.head(verb);
            return s;
        }
        return -1;
    }

    private static String phrase(DependencyParse parse, String window, int head, List<Integer> inside) {
        int from = head, to = head;
        for (int i = 0; i < parse.size(); i++) {
            if (inside.contains(i) || parse.relation(i).equals("punct")) continue;
            boolean kept = false;
            for (int x = i; x != DependencyParse.ROOT; x = parse.head(x)) {
                if (x == head) {
                    kept = true;
                    break;
                }
                if (parse.relation(x).startsWith("acl") || parse.relation(x).equals("case") && parse.head(x) == head) break;
            }
            if (kept) {
                from = Math.min(from, i);
                to = Math.max(to, i);
            }
        }
        return window.substring(parse.words().get(from).start(), parse.words().get(to).end());
    }

    /** Whether a content word of {@code phrase} is a word of the gold speaker, its designation as printed or an alternative. */
    static boolean designates(String phrase, FrNewsSet.Quote gold) {
        if (phrase == null || gold.speaker() == null) return false;
        StringBuilder names = new StringBuilder(gold.speaker());
        if (gold.speakerText() != null) names.append(' ').append(gold.speakerText());
        gold.alternatives().forEach(alt -> names.append(' ').append(alt));
        Set<String> goldWords = new HashSet<>(List.of(FrNewsSet.folded(names.toString()).split("[^\\p{L}\\p{N}]+")));
        for (String w : FrNewsSet.folded(phrase).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 2 && !FUNCTION_WORDS.contains(w) && goldWords.contains(w)) return true;
        }
        return false;
    }
}
