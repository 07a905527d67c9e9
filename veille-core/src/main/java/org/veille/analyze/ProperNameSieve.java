// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

import java.util.List;

/**
 * The loosest rule: a designation shaped like a proper name that no recognizer marked ("Jean-Michel
 * Blanquer" missed by the model, "Dupont" printed earlier in full) is that name, resolved like any
 * other. Dates, sentence openers and bare role words are never a name ({@code not.speaker}), nor is one ordinary
 * word of the dictionary ("Concrètement") unless a person of the article bears it.
 */
final class ProperNameSieve implements SpeakerSieve {

    /** Longer capitalised runs are headlines or titles of works, not a name. */
    private static final int MAX_NAME_WORDS = 4;

    @Override
    public void apply(SpeakerContext context) {
        for (Attribution a : context.attributions) {
            if (a.decided() || !a.hasDesignation()) continue;
            List<Span> spans = withoutTitle(context, context.tokensIn(a.designationStart, a.designationEnd));
            if (spans.isEmpty() || spans.size() > MAX_NAME_WORDS || !nameShaped(context, spans)) continue;
            String printed = context.text.substring(spans.get(0).start(), spans.get(spans.size() - 1).end());
            // "Concrètement, ..." is a sentence adverb: one ordinary word is a name only when the article prints it in one
            if (spans.size() == 1 && context.dictionary.isOrdinaryWord(printed) && !partOfPerson(context, printed)) continue;
            a.decide(context.fullestName(printed), Entity.Type.PER, name());
        }
    }

    /** Whether a person the article names holds this word ("Blanc" beside "Michel Blanc"). */
    private static boolean partOfPerson(SpeakerContext context, String word) {
        String key = Names.key(word);
        for (Entity e : context.entities) {
            if (e.type() == Entity.Type.PER && List.of(Names.key(e.canonical()).split(" ")).contains(key)) return true;
        }
        return false;
    }

    /** The name after its honorific: "M. Kazimi" → "Kazimi". */
    private static List<Span> withoutTitle(SpeakerContext context, List<Span> spans) {
        int i = 0;
        while (i < spans.size() && (context.lexicon.isTitle(spans.get(i).of(context.text))
                || spans.get(i).of(context.text).equals("."))) {
            i++;
        }
        return spans.subList(i, spans.size());
    }

    private static boolean nameShaped(SpeakerContext context, List<Span> spans) {
        for (Span s : spans) {
            String word = s.of(context.text);
            if (!Character.isUpperCase(word.codePointAt(0)) && !word.equals("-")) return false;
            if (context.lexicon.has("not.speaker", word) || context.lexicon.has("not.speaker.alone", word) || context.lexicon.has("role", word)
                    || context.lexicon.isTitle(word)) {
                return false;
            }
        }
        return true;
    }
}
