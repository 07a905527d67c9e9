// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

import java.util.List;

/**
 * A quotation the finder left without a designation takes the subject of its own sentence (for a dash turn
 * after a paragraph ending with a colon, of that paragraph's last sentence: "Il dit à son fils :"): the first
 * subject pronoun, name (not a complement: "à Paul"; no address: "boulevard de Port-Royal") or role or collective noun phrase at a clause
 * start before it ("Le ministre a dénoncé une "faute grave""). Settles nothing: the later sieves
 * resolve the designation it gives, like any other. A supposed scare quote of
 * {@link #STATEMENT_WORDS} words or more that opens in lower case ("Le préfet "condamne avec force ces
 * agissements"") is the subject's words when its sentence has a subject, and somebody's words when it holds a verb
 * ("Car "il ne faut pas oublier que ..."": the later sieves find whose): it becomes a partial quotation.
 */
final class SentenceSubjectSieve implements SpeakerSieve {

    /** Words a role or collective noun phrase may run on for ("le maire LR de Charleville-Mézières"). */
    private static final int NOUN_PHRASE_WORDS = 6;
    /** Scare quotes are a few words ("gilets jaunes"); four words or more in lower case are a statement. */
    private static final int STATEMENT_WORDS = 4;

    @Override
    public void apply(SpeakerContext context) {
        for (Attribution a : context.attributions) {
            if (a.decided() || a.hasDesignation()) continue;
            boolean scare = a.kind == Quotation.Kind.SCARE;
            if (scare && !statementShaped(a.quote.text())) continue;
            int introduction = DialogueLines.introductionEnd(context.text, a.quote.start());
            if (introduction >= 0) subject(context, a, context.sentenceStart(introduction), introduction);
            else subject(context, a, context.sentenceStart(a.quote.start()), a.quote.start());
            if (scare && (a.hasDesignation() || holdsVerb(context, a))) a.kind = Quotation.Kind.PARTIAL;
        }
    }

    /** "boulevard de Port-Royal", "Oxford Street": a place printed as an address, never a subject that speaks. */
    private static boolean isAddress(SpeakerContext context, Entity e) {
        List<String> words = context.words(e.start(), e.end());
        return !words.isEmpty() && (context.lexicon.has("address", words.get(0)) || context.lexicon.has("address", words.get(words.size() - 1)));
    }

    /**
     * Whether the quotation holds a word only ever a verb ("nous passons à une prime", "il ne faut pas oublier"): a
     * clause someone said, not a charge or a title ("provocation et incitation à la haine raciale").
     */
    private static boolean holdsVerb(SpeakerContext context, Attribution a) {
        for (Span t : context.tokensIn(a.quote.start(), a.quote.end())) {
            if (context.dictionary.isOnlyVerb(t.of(context.text))) return true;
        }
        return false;
    }

    private static boolean statementShaped(String words) {
        return words.split(WordTokenizer.SPACES).length >= STATEMENT_WORDS && Character.isLowerCase(words.codePointAt(0));
    }

    /** Looks for the subject in {@code [from, to)}: the quotation's sentence, or the narration introducing a dash turn. */
    static void subject(SpeakerContext context, Attribution a, int from, int to) {
        List<Span> tokens = context.tokensIn(from, to);
        boolean clauseStart = true;
        for (int i = 0; i < tokens.size(); i++) {
            Span t = tokens.get(i);
            String word = SpeakerLexicon.normalize(t.of(context.text));
            if (context.insideQuotation(t.start())) {
                clauseStart = false;
                continue;
            }
            if (word.length() == 1 && ",:;.!?".indexOf(word.charAt(0)) >= 0) {
                clauseStart = true;
                continue;
            }
            Entity named = context.entityAt(t.start());
            if (named != null && named.type() != Entity.Type.MISC && !context.afterPreposition(t.start()) && !isAddress(context, named)) {
                set(a, named.start(), named.end());
                return;
            }
            if (clauseStart && context.lexicon.pronounGender(word).isPresent() && !word.equals("lui") && !word.equals("leur")) {
                set(a, t.start(), t.end());
                return;
            }
            if (clauseStart && context.lexicon.isDeterminer(word) && i + 1 < tokens.size()) {
                List<String> rest = context.words(tokens.get(i + 1).start(), tokens.get(Math.min(tokens.size() - 1, i + 3)).end());
                int head = context.lexicon.head(rest);
                if (head < rest.size() && (context.lexicon.roleAt(rest, head) != null
                        || context.lexicon.has("collective", rest.get(head)))) {
                    set(a, t.start(), nounPhraseEnd(context, tokens, i + 1 + head));
                    return;
                }
            }
            clauseStart = false;
        }
    }

    /** The end of a noun phrase from its head: complements and capitalised words, up to a verb-like word. */
    private static int nounPhraseEnd(SpeakerContext context, List<Span> tokens, int head) {
        int end = tokens.get(head).end();
        for (int k = head + 1; k < tokens.size() && k - head <= NOUN_PHRASE_WORDS; k++) {
            String raw = tokens.get(k).of(context.text);
            String word = SpeakerLexicon.normalize(raw);
            boolean joins = context.lexicon.has("complement", word) || context.lexicon.isDeterminer(word)
                    || Character.isUpperCase(raw.codePointAt(0));
            if (!joins) break;
            end = tokens.get(k).end();
        }
        return end;
    }

    private static void set(Attribution a, int start, int end) {
        a.designationStart = start;
        a.designationEnd = end;
    }
}
