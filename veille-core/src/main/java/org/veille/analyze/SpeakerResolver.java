// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Gives each found quotation its speaker's identity by running the speaker sieves in order, from the
 * most precise to the loosest; each settles only what the earlier ones left open:
 * <ol>
 *   <li>{@link NamedTermSieve}: "le mot "populisme"": a term the writer names is a scare quote;</li>
 *   <li>{@link InvertedInciseSieve}: "« ... » a-t-il twitté", "« ... », pouvait-on lire": the inverted pronoun designates;</li>
 *   <li>{@link ReportingVerbSieve}: a lower-case "scare quote" a speech verb reports is a partial quotation;</li>
 *   <li>{@link OpinionFrameSieve}: "Pour le ministre, "..."": the frame's noun phrase is the designation;</li>
 *   <li>{@link SentenceSubjectSieve}: an undesignated quotation takes its sentence's subject (and a
 *       long lower-case "scare quote" with a subject is that subject's words, one holding a verb somebody's);</li>
 *   <li>{@link TrailingSpeakerSieve}: else the person or role named in the short clause after it;</li>
 *   <li>{@link InnerInciseSieve}: else the subject of an incise inside its marks ("..., poursuit l'avocat. ...");</li>
 *   <li>{@link GerundClauseSieve}: "..., appelant à "..."" is said by the speaker of the quotation before it;</li>
 *   <li>{@link ReportedWordsSieve}: a few words in marks in a passage reporting statements are its subject's;</li>
 *   <li>{@link ScareQuoteSieve}: a scare quote has no speaker;</li>
 *   <li>{@link VenueSieve}: the medium ("au micro de France Inter") is cut off the designation and kept;</li>
 *   <li>{@link DocumentSourceSieve}: "un communiqué du ministère" is the ministry;</li>
 *   <li>{@link AnonymousSourceSieve}: "un diplomate européen" keeps its words, no identity;</li>
 *   <li>{@link DescriptionSieve}: "la Tahitienne", "l'Américain" is the nearest fitting person;</li>
 *   <li>{@link NamedSpeakerSieve}: a person, organisation or state named by the designation;</li>
 *   <li>{@link RoleHolderSieve}: "la ministre" is the person the article gives that role;</li>
 *   <li>{@link CollectiveSpeakerSieve}: "la direction", "le parquet de Paris";</li>
 *   <li>{@link GroupSpeakerSieve}: "les auteurs" is the group the article names, by its first member;</li>
 *   <li>{@link PronounSieve}: "il", "a-t-elle", "selon lui" to the nearest fitting person;</li>
 *   <li>{@link RepeatedQuotationSieve}: words the article prints again with a designation (an intertitle
 *       repeating a quotation) are that speaker's;</li>
 *   <li>{@link SameSourceSieve}: "la même source" is the previous quotation's speaker;</li>
 *   <li>{@link DialogueTurnSieve}: an undesignated dash turn is said by the speaker of the turn before the
 *       previous one, in a two-person exchange;</li>
 *   <li>{@link ContinuationSieve}: an undesignated quotation continues the previous speaker's run;</li>
 *   <li>{@link ParagraphNameSieve}: else the one person its paragraph names before it;</li>
 *   <li>{@link ProperNameSieve}: a name-shaped designation no recognizer marked.</li>
 * </ol>
 * What no sieve settles has no speaker. Thread-safe: the sieves are stateless, state is per article.
 */
final class SpeakerResolver {

    /** The sieves in the order they run. */
    static final List<SpeakerSieve> DEFAULT_SIEVES = List.of(new NamedTermSieve(), new InvertedInciseSieve(), new ReportingVerbSieve(), new OpinionFrameSieve(), new SentenceSubjectSieve(), new TrailingSpeakerSieve(), new InnerInciseSieve(), new GerundClauseSieve(),
            new ReportedWordsSieve(), new ScareQuoteSieve(), new VenueSieve(),
            new DocumentSourceSieve(), new AnonymousSourceSieve(), new DescriptionSieve(), new NamedSpeakerSieve(), new RoleHolderSieve(), new CollectiveSpeakerSieve(),
            new GroupSpeakerSieve(), new PronounSieve(), new RepeatedQuotationSieve(), new SameSourceSieve(), new DialogueTurnSieve(), new ContinuationSieve(), new ParagraphNameSieve(), new ProperNameSieve());

    private final EntityResolver entities;
    private final Map<String, SpeakerLexicon> lexicons = SpeakerLexicon.all();
    private final Map<QuoteLexicon.Lang, QuoteLexicon> verbs = new EnumMap<>(QuoteLexicon.Lang.class);
    private final List<SpeakerSieve> sieves;
    private final WordTokenizer tokenizer = new WordTokenizer();
    private final FirstNameGenders firstNames = new FirstNameGenders();

    SpeakerResolver(EntityResolver entities) {
        this(entities, DEFAULT_SIEVES);
    }

    SpeakerResolver(EntityResolver entities, List<SpeakerSieve> sieves) {
        this.entities = entities;
        this.sieves = List.copyOf(sieves);
        for (QuoteLexicon.Lang l : QuoteLexicon.Lang.values()) verbs.put(l, new QuoteLexicon(l).seal());
    }

    List<Quotation> resolve(String text, List<QuoteCandidate> candidates, List<Entity> found, String language) {
        return attribute(text, candidates, found, language).stream().map(a -> a.toQuotation(text)).toList();
    }

    /** The attributions as the sieves left them, in text order (tests read which sieve decided). */
    List<Attribution> attribute(String text, List<QuoteCandidate> candidates, List<Entity> found, String language) {
        SpeakerLexicon lexicon = language == null ? SpeakerLexicon.empty() : lexicons.getOrDefault(language, SpeakerLexicon.empty());
        SpeakerContext context = new SpeakerContext(text, lexicon, verbs.get(QuoteLexicon.langOf(language)), entities, found, candidates,
                tokenizer.tokens(text, 0, text.length()), firstNames.lookup());
        for (SpeakerSieve sieve : sieves) sieve.apply(context);
        return new ArrayList<>(context.attributions);
    }
}
