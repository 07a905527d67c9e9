// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the speaker sieves share about one article: its text and words, its entities, its quotations'
 * attributions in text order, and the grammatical gender of each person as the article shows it.
 * Built per article and used by one thread; the sieves themselves are stateless.
 */
final class SpeakerContext {

    /** How far back (in characters) a pronoun or a continued quotation looks for who it stands for: about four news paragraphs. */
    static final int ANTECEDENT_REACH = 1500;
    /** How much nearer (in characters) an earlier speaker counts than a person only named. */
    static final int SPEAKER_SALIENCE = 200;
    /** How much nearer a sentence's subject counts than a name in another place: "X a félicité Y. « ... », a-t-il dit" is X. */
    static final int SUBJECT_SALIENCE = 200;
    /** Words of a person's name split off a place or body the recognizer glued it to: a first name and one or two surnames. */
    private static final int GLUED_NAME_WORDS = 3;
    /** Words looked at before a name for the honorific or determiner that tells its gender ("la ministre de la Santé X"). */
    private static final int GENDER_LOOKBACK = 6;

    final String text;
    final SpeakerLexicon lexicon;
    /** The language's speech verbs, as the quotation finder reads them. */
    final QuoteLexicon verbs;
    final EntityResolver resolver;
    final List<Entity> entities;
    final List<Attribution> attributions;
    final List<Span> tokens;
    private final Map<String, SpeakerLexicon.Gender> genders = new HashMap<>();
    /** The French dictionary's lookups for this article (first names' genders, common words). */
    final FirstNameGenders.Lookup dictionary;
    /** Starts of the quoted (not reported) spans in text order, and the furthest end reached up to each. */
    private final int[] quotedStarts;
    private final int[] quotedEndsSoFar;

    SpeakerContext(String text, SpeakerLexicon lexicon, QuoteLexicon verbs, EntityResolver resolver, List<Entity> entities,
                   List<QuoteCandidate> candidates, List<Span> tokens, FirstNameGenders.Lookup firstNames) {
        this.text = text;
        this.lexicon = lexicon;
        this.verbs = verbs;
        this.resolver = resolver;
        List<Entity> sorted = new ArrayList<>();
        for (Entity e : entities) {
            Entity opened = withoutSentenceOpener(text, withoutGluedOpener(withoutDativeTail(text, e, tokens, verbs, firstNames, resolver), firstNames, resolver),
                    tokens, verbs, resolver);
            Entity unglued = personGluedOn(text, opened, tokens, verbs, lexicon, firstNames, resolver);
            sorted.add(personAfterTitle(text, unglued, tokens, lexicon, verbs.nameParticles, resolver));
        }
        sorted.sort(Comparator.comparingInt(Entity::start));
        sorted.replaceAll(e -> withFullName(e, sorted));
        this.entities = List.copyOf(sorted);
        List<Attribution> slots = new ArrayList<>();
        for (QuoteCandidate c : candidates) slots.add(new Attribution(c));
        slots.sort(Comparator.comparingInt((Attribution a) -> a.quote.start()));
        this.attributions = List.copyOf(slots);
        this.tokens = tokens;
        this.dictionary = firstNames;
        List<Attribution> quoted = this.attributions.stream().filter(a -> a.kind != Quotation.Kind.INDIRECT).toList();
        quotedStarts = new int[quoted.size()];
        quotedEndsSoFar = new int[quoted.size()];
        for (int i = 0; i < quoted.size(); i++) {
            quotedStarts[i] = quoted.get(i).quote.start();
            quotedEndsSoFar[i] = Math.max(quoted.get(i).quote.end(), i == 0 ? 0 : quotedEndsSoFar[i - 1]);
        }
        for (Entity e : this.entities) {
            if (e.type() == Entity.Type.PER) genders.merge(e.canonical(), genderOfMention(e), SpeakerContext::agree);
        }
        // what the article does not tell, the first name may: "Jean-Luc Mélenchon" is a man
        genders.replaceAll((name, gender) -> gender == SpeakerLexicon.Gender.UNKNOWN ? firstNames.ofFullName(name) : gender);
    }

    /**
     * A place or body the recognizer ran on into the person named after it ("du Nord Adrien Quatennens", "de la
     * Santé Agnès Buzyn", or typed a person whole: "Sénat Gérard Larcher", "LR Eric Ciotti"): the person, from the
     * first name the dictionary knows (after a capitalised word) to the end, when that person is
     * {@link #GLUED_NAME_WORDS} words at most and the gazetteer does not know it as something else; else the entity
     * unchanged.
     */
    private static Entity personGluedOn(String text, Entity e, List<Span> tokens, QuoteLexicon verbs, SpeakerLexicon lexicon,
                                        FirstNameGenders.Lookup firstNames, EntityResolver resolver) {
        if (e.type() == Entity.Type.MISC) return e;
        List<Span> words = new ArrayList<>();
        for (Span t : tokens) if (t.start() >= e.start() && t.end() <= e.end()) words.add(t);
        for (int k = 1; k + 1 < words.size(); k++) {
            int length = words.size() - k;
            String tail = text.substring(words.get(k).start(), e.end());
            if (length > GLUED_NAME_WORDS || !Character.isUpperCase(text.codePointAt(words.get(k - 1).start()))) continue;
            if ((toldOutletBefore(text, e, words.subList(0, k), tokens, verbs, resolver) || mediumBefore(text, e, words.subList(0, k), tokens, lexicon, resolver))
                    && capitalised(text, words.subList(k, words.size()))) {
                return new Entity(tail, Entity.Type.PER, tail, words.get(k).start(), e.end());
            }
            // what comes off holds no first name the dictionary knows ("Sophie Grégoire Trudeau" stays whole), also when
            // typed a person whole ("Sénat Gérard Larcher", "Economie Bruno Le Maire", "LR Eric Ciotti", "Dr Anthony Fauci")
            if (holdsFirstName(text, words.subList(0, k), firstNames)) continue;
            // a place the gazetteer knows is no person ("Saint Martin"); a person typed whole needs no such check
            if (firstNames.ofFullName(tail) == SpeakerLexicon.Gender.UNKNOWN
                    || e.type() != Entity.Type.PER && (resolver.knows(tail) || resolver.knows(words.get(k).of(text)))) {
                continue;
            }
            return new Entity(tail, Entity.Type.PER, tail, words.get(k).start(), e.end());
        }
        return e;
    }

    /**
     * "a raconté à l'AFP Kyaw Min": the outlet a speaker told, after its dative, run into the speaker's name (which the
     * first-name dictionary need not know): whether the words {@code prefix} are an outlet the gazetteer knows and a
     * dative ("à", "au", "aux", an elided article between) comes right before the entity.
     */
    private static boolean toldOutletBefore(String text, Entity e, List<Span> prefix, List<Span> tokens, QuoteLexicon verbs,
                                            EntityResolver resolver) {
        if (!resolver.isOutlet(text.substring(prefix.get(0).start(), prefix.get(prefix.size() - 1).end()))) return false;
        int i = firstIndexAtOrAfter(tokens, e.start()) - 1;
        if (i >= 0 && verbs.determiners.contains(tokens.get(i).of(text).toLowerCase(Locale.ROOT))) i--;
        return i >= 0 && verbs.datives.contains(tokens.get(i).of(text).toLowerCase(Locale.ROOT));
    }

    /**
     * "a écrit sur Twitter Bruno Gollnisch", "a estimé sur Facebook X": a body the gazetteer knows (the medium the words
     * were said on), after a preposition, that the recognizer ran into the person named after it and typed a person
     * whole: whether the words {@code prefix} are such a body.
     */
    private static boolean mediumBefore(String text, Entity e, List<Span> prefix, List<Span> tokens, SpeakerLexicon lexicon,
                                        EntityResolver resolver) {
        if (e.type() != Entity.Type.PER || !resolver.knows(text.substring(prefix.get(0).start(), prefix.get(prefix.size() - 1).end()))) return false;
        int i = firstIndexAtOrAfter(tokens, e.start()) - 1;
        if (i >= 0 && lexicon.isDeterminer(tokens.get(i).of(text)) && !lexicon.has("complement", tokens.get(i).of(text))) i--;
        return i >= 0 && lexicon.has("complement", tokens.get(i).of(text));
    }

    /** Whether every word is capitalised: the words of a name, not of a phrase. */
    private static boolean capitalised(String text, List<Span> words) {
        for (Span w : words) if (!Character.isUpperCase(text.codePointAt(w.start()))) return false;
        return true;
    }

    /**
     * "raconte Jean-Pierre au Parisien": a dative after a person's first name and before a capitalised word starts the
     * one the person spoke to, which the recognizer ran on into the name; the name ends before it. A role keeps its
     * datives ("la ministre déléguée aux Sports"): it opens with no first name.
     */
    private static Entity withoutDativeTail(String text, Entity e, List<Span> tokens, QuoteLexicon verbs, FirstNameGenders.Lookup firstNames,
                                            EntityResolver resolver) {
        int first = firstIndexAtOrAfter(tokens, e.start());
        if (e.type() != Entity.Type.PER || first >= tokens.size() || !firstNames.isFirstName(tokens.get(first).of(text))) return e;
        for (int k = first + 1; k + 1 < tokens.size() && tokens.get(k + 1).end() <= e.end(); k++) {
            if (!verbs.datives.contains(tokens.get(k).of(text))) continue;
            int told = verbs.determiners.contains(tokens.get(k + 1).of(text).toLowerCase(Locale.ROOT)) ? k + 2 : k + 1;
            if (told >= tokens.size() || !Character.isUpperCase(text.codePointAt(tokens.get(told).start()))) return e;
            String kept = text.substring(e.start(), tokens.get(k - 1).end());
            return new Entity(kept, e.type(), resolver.canonicalOf(kept, e.type(), Map.of()), e.start(), tokens.get(k - 1).end());
        }
        return e;
    }

    /**
     * "Lorsque M. Toubon", "Selon Paul Martin": a capitalised word that only opens sentences, which the recognizer ran
     * into the person after it, comes off (a name particle stays: "Le Pen", "La Fontaine").
     */
    private static Entity withoutSentenceOpener(String text, Entity e, List<Span> tokens, QuoteLexicon verbs, EntityResolver resolver) {
        if (e.type() != Entity.Type.PER) return e;
        int first = firstIndexAtOrAfter(tokens, e.start());
        if (first + 1 >= tokens.size() || tokens.get(first + 1).end() > e.end()) return e;
        String opener = tokens.get(first).of(text).toLowerCase(Locale.ROOT).replace('\'', '’');
        if (!verbs.capFunction.contains(opener) || verbs.nameParticles.contains(opener)) return e;
        int start = tokens.get(first + 1).start();
        String rest = text.substring(start, e.end());
        if (!Character.isUpperCase(rest.codePointAt(0))) return e;
        return new Entity(rest, e.type(), resolver.canonicalOf(rest, Entity.Type.PER, Map.of()), start, e.end());
    }

    /**
     * "Agence France-PresseEnfin", "Ghassan SalaméLe": the corpus glues a paragraph to the one before without a space,
     * and the recognizer runs a name into the next paragraph's opening word. A capitalised ordinary word glued after a
     * lower-case letter at the name's end comes off ("McLaren", "LeBron", "SmartZone" stay: no ordinary word ends them).
     */
    private static Entity withoutGluedOpener(Entity e, FirstNameGenders.Lookup dictionary, EntityResolver resolver) {
        String name = e.text();
        int glued = name.length() - 1;
        while (glued > 0 && Character.isLetter(name.charAt(glued)) && !Character.isUpperCase(name.charAt(glued))) glued--;
        if (glued < 1 || !Character.isUpperCase(name.charAt(glued)) || !Character.isLowerCase(name.charAt(glued - 1))
                || !dictionary.isOrdinaryWord(name.substring(glued))) {
            return e;
        }
        String kept = name.substring(0, glued);
        return new Entity(kept, e.type(), resolver.canonicalOf(kept, e.type(), Map.of()), e.start(), e.start() + glued);
    }

    private static boolean holdsFirstName(String text, List<Span> words, FirstNameGenders.Lookup firstNames) {
        for (Span w : words) if (firstNames.isFirstName(w.of(text))) return true;
        return false;
    }

    /**
     * A name the recognizer typed as a place or a body right after an honorific ("M. Mathais", "Mme Hédon"): a
     * person; else the entity unchanged.
     */
    private static Entity personAfterTitle(String text, Entity e, List<Span> tokens, SpeakerLexicon lexicon, Set<String> particles,
                                           EntityResolver resolver) {
        if (e.type() == Entity.Type.PER) return e;
        int i = firstIndexAtOrAfter(tokens, e.start()) - 1;
        if (i >= 0 && tokens.get(i).of(text).equals(".")) i--;
        if (i < 0) return e;
        if (!Character.isUpperCase(text.codePointAt(tokens.get(i).start()))) return personAfterRole(text, e, tokens, lexicon, particles, resolver);
        String title = SpeakerLexicon.normalize(tokens.get(i).of(text));
        if (!lexicon.isTitle(title) && !lexicon.isTitle(title + ".")) return e;
        return new Entity(e.text(), Entity.Type.PER, e.canonical(), e.start(), e.end());
    }

    /**
     * "son conseiller Lorrain de Saint Affrique", "la ministre Agnès Buzyn": a name shaped like a person's right after
     * a role noun (two capitalised words or more, the first not an acronym, lower-case words only name particles) is a
     * person, whatever type the recognizer gave it (a "Saint" reads as a place); "le maire LR de Charleville-Mézières"
     * and "la République en marche de Paris" are not.
     */
    private static Entity personAfterRole(String text, Entity e, List<Span> tokens, SpeakerLexicon lexicon, Set<String> particles,
                                          EntityResolver resolver) {
        if (resolver.knows(e.text())) return e; // "la candidate Les Républicains": a body the gazetteer knows
        int i = firstIndexAtOrAfter(tokens, e.start()) - 1;
        if (lexicon.roleAt(List.of(SpeakerLexicon.normalize(tokens.get(i).of(text))), 0) == null) return e;
        int capitalised = 0;
        for (int k = i + 1; k < tokens.size() && tokens.get(k).end() <= e.end(); k++) {
            String word = tokens.get(k).of(text);
            boolean upper = Character.isUpperCase(word.codePointAt(0));
            if (k == i + 1 && (!upper || word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT)))) return e;
            if (upper) capitalised++;
            else if (Character.isLetter(word.codePointAt(0)) && !particles.contains(word)) return e;
        }
        if (capitalised < 2) return e;
        return new Entity(e.text(), Entity.Type.PER, e.canonical(), e.start(), e.end());
    }

    /**
     * A one-word person ("M. Véran", read as a place by the recognizer) takes the full name the article gives one
     * person only ("Olivier Véran"); with two ("Emmanuel" and "Brigitte Macron") it stays as printed.
     */
    private static Entity withFullName(Entity e, List<Entity> all) {
        String key = Names.key(e.canonical());
        if (e.type() != Entity.Type.PER || key.contains(" ")) return e;
        String full = null;
        for (Entity other : all) {
            if (other.type() != Entity.Type.PER || !Names.key(other.canonical()).endsWith(" " + key)) continue;
            if (full != null && !full.equals(other.canonical())) return e;
            full = other.canonical();
        }
        return full == null ? e : new Entity(e.text(), e.type(), full, e.start(), e.end());
    }

    private static int firstIndexAtOrAfter(List<Span> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** The words of {@code [start, end)}, normalized as the lexicon stores them. */
    List<String> words(int start, int end) {
        List<String> out = new ArrayList<>();
        for (Span t : tokensIn(start, end)) out.add(SpeakerLexicon.normalize(t.of(text)));
        return out;
    }

    List<Span> tokensIn(int start, int end) {
        int from = firstTokenAtOrAfter(start);
        List<Span> out = new ArrayList<>();
        for (int i = from; i < tokens.size() && tokens.get(i).end() <= end; i++) out.add(tokens.get(i));
        return out;
    }

    int firstTokenAtOrAfter(int offset) {
        return firstIndexAtOrAfter(tokens, offset);
    }

    /** Whether the offset lies inside a quotation's words (names there are quoted, not speakers). */
    boolean insideQuotation(int offset) {
        int lo = 0;
        int hi = quotedStarts.length;
        while (lo < hi) { // the last quotation starting at or before the offset
            int mid = (lo + hi) >>> 1;
            if (quotedStarts[mid] <= offset) lo = mid + 1;
            else hi = mid;
        }
        return lo > 0 && quotedEndsSoFar[lo - 1] > offset;
    }

    /** A person an anaphor can stand for, and where it was last named or last spoke. */
    record Antecedent(String canonical, Entity.Type type, int at) {}

    /**
     * The person an anaphor ("il", "a-t-elle", "le ministre") at {@code limit} stands for: the nearest
     * earlier speaker or person named outside quotation marks (not as a complement: "à Paul"), of a
     * fitting gender, within {@link #ANTECEDENT_REACH}. An earlier speaker counts as
     * {@link #SPEAKER_SALIENCE} characters nearer than it is, and a sentence's subject
     * {@link #SUBJECT_SALIENCE} nearer: news text refers back to who spoke and who acted.
     */
    Antecedent nearestPerson(int limit, SpeakerLexicon.Gender gender, Attribution self) {
        return nearestPerson(limit, gender, self, ANTECEDENT_REACH);
    }

    /** {@link #nearestPerson(int, SpeakerLexicon.Gender, Attribution)} within {@code reach} characters. */
    Antecedent nearestPerson(int limit, SpeakerLexicon.Gender gender, Attribution self, int reach) {
        return nearestPerson(limit, gender, self, reach, false);
    }

    /**
     * {@link #nearestPerson(int, SpeakerLexicon.Gender, Attribution, int)}, complements taken too when asked ("était
     * confrontée à Florian Philippot. « ... », l'a interpellé le fondateur des Patriotes").
     */
    Antecedent nearestPerson(int limit, SpeakerLexicon.Gender gender, Attribution self, int reach, boolean complements) {
        return nearestPerson(limit, gender, self, reach, complements, Set.of());
    }

    /**
     * {@link #nearestPerson(int, SpeakerLexicon.Gender, Attribution, int, boolean)} but none of the persons whose
     * {@link Names#key} of their fullest name is in {@code bound} (those a pronoun cannot stand for).
     */
    Antecedent nearestPerson(int limit, SpeakerLexicon.Gender gender, Attribution self, int reach, boolean complements, Set<String> bound) {
        Antecedent best = null;
        int bestScore = Integer.MIN_VALUE;
        for (Attribution earlier : attributions) {
            if (earlier == self || earlier.speaker() == null || earlier.speakerType() != Entity.Type.PER) continue;
            int at = earlier.hasDesignation() ? earlier.designationStart : earlier.quote.start();
            if (at >= limit || limit - at > reach) continue;
            if (!compatible(gender, genderOf(earlier.speaker())) || bound.contains(Names.key(fullestName(earlier.speaker())))) continue;
            int score = at + SPEAKER_SALIENCE;
            if (score > bestScore) {
                best = new Antecedent(earlier.speaker(), Entity.Type.PER, at);
                bestScore = score;
            }
        }
        for (Entity e : entities) {
            if (e.start() >= limit) break;
            if (e.type() != Entity.Type.PER || limit - e.start() > reach || insideQuotation(e.start())) continue;
            if (!compatible(gender, genderOf(e.canonical())) || !complements && afterPreposition(e.start()) || !personLike(e)) continue;
            if (!bound.isEmpty() && bound.contains(Names.key(fullestName(e.canonical())))) continue;
            int score = e.start() + (isSentenceSubject(e) ? SUBJECT_SALIENCE : 0);
            if (score > bestScore) {
                best = new Antecedent(e.canonical(), Entity.Type.PER, e.start());
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * The first person named after {@code from} within {@code reach} characters, outside quotation marks and not as a
     * complement, whose gender fits: who an anaphor with nobody before it to stand for announces; else null.
     */
    Antecedent personNamedAfter(int from, SpeakerLexicon.Gender gender, int reach) {
        for (Entity e : entities) {
            if (e.start() <= from || e.type() != Entity.Type.PER || insideQuotation(e.start())) continue;
            if (e.start() - from > reach) break;
            if (!compatible(gender, genderOf(e.canonical())) || afterPreposition(e.start()) || !personLike(e)) continue;
            return new Antecedent(fullestName(e.canonical()), Entity.Type.PER, e.start());
        }
        return null;
    }

    /**
     * The body a singular pronoun at {@code limit} stands for when no person fits it ("La préfecture a indiqué [...].
     * « ... », a-t-elle ajouté"; "a indiqué le FSB. « ... », a-t-il ajouté"): the nearest earlier speaking organisation
     * or state, or an organisation named outside quotation marks and not as a complement, within {@link #ANTECEDENT_REACH}, whose
     * determiner tells the pronoun's gender ("la préfecture", "le FSB"; "l'ONU" tells none and is not taken).
     */
    Antecedent nearestOrganisation(int limit, SpeakerLexicon.Gender gender, Attribution self) {
        if (gender != SpeakerLexicon.Gender.MASCULINE && gender != SpeakerLexicon.Gender.FEMININE) return null;
        Antecedent best = null;
        for (Attribution earlier : attributions) {
            if (earlier == self || earlier.speaker() == null || !isBody(earlier.speakerType()) || !earlier.hasDesignation()) continue;
            int at = earlier.designationStart;
            if (at >= limit || limit - at > ANTECEDENT_REACH) continue;
            List<String> words = words(earlier.designationStart, earlier.designationEnd);
            if (words.isEmpty() || lexicon.genderOfMarker(words.get(0)) != gender) continue;
            if (best == null || at > best.at()) best = new Antecedent(earlier.speaker(), earlier.speakerType(), at);
        }
        for (Entity e : entities) {
            if (e.start() >= limit) break;
            // a place is taken up only once it spoke: "l'Égyptien", "Etat du Sud" are no bodies a pronoun stands for
            if (e.type() != Entity.Type.ORG || limit - e.start() > ANTECEDENT_REACH || insideQuotation(e.start()) || afterPreposition(e.start())) continue;
            int i = firstTokenAtOrAfter(e.start()) - 1;
            if (i < 0 || lexicon.genderOfMarker(SpeakerLexicon.normalize(tokens.get(i).of(text))) != gender) continue;
            if (best == null || e.start() > best.at()) best = new Antecedent(e.canonical(), e.type(), e.start());
        }
        return best;
    }

    private static boolean isBody(Entity.Type type) {
        return type == Entity.Type.ORG || type == Entity.Type.LOC;
    }

    /**
     * The person "ce dernier" / "cette dernière" at {@code limit} takes up: the last person named before it
     * outside quotation marks, of a fitting gender, in its sentence or the one before, complement or not ("a
     * accusé Mme Belloubet [...], a dénoncé cette dernière"). Unlike a pronoun, no salience: the last one wins.
     */
    Antecedent lastNamedPerson(int limit, SpeakerLexicon.Gender gender) {
        Entity last = null;
        int previousSentence = sentenceStart(Math.max(0, sentenceStart(limit) - 1));
        for (Entity e : entities) {
            if (e.start() >= limit) break;
            if (e.type() != Entity.Type.PER || e.start() < previousSentence || insideQuotation(e.start())) continue;
            if (!compatible(gender, genderOf(e.canonical()))) continue;
            if (personLike(e) || genderOf(e.canonical()) != SpeakerLexicon.Gender.UNKNOWN) last = e;
        }
        return last == null ? null : new Antecedent(fullestName(last.canonical()), Entity.Type.PER, last.start());
    }

    /**
     * The fullest form of a person's name among the article's persons: "M. Yuen" or "Yuen" → "Yuen
     * Kwok-yung", "Rodrigo" → "Rodrigo Barbosa"; else among the speakers the sieves settled so far ("Delgenes" →
     * "Richard Delgenes"); else the name resolved alone (gazetteer, as printed).
     */
    String fullestName(String printed) {
        String key = Names.key(printed);
        String byWord = null;
        for (Entity e : entities) {
            if (e.type() != Entity.Type.PER) continue;
            String full = Names.key(e.canonical());
            if (full.equals(key)) return e.canonical();
            if (full.length() <= key.length()) continue;
            if (full.endsWith(" " + key)) return e.canonical();
            if (byWord == null && !key.contains(" ") && List.of(full.split(" ")).contains(key)) byWord = e.canonical();
        }
        if (byWord != null) return byWord;
        // a full name only a sieve read ("Me Richard Delgenes", which no recognizer marked) completes its surname too
        if (!key.contains(" ")) {
            for (Attribution a : attributions) {
                if (a.speaker() == null || a.speakerType() != Entity.Type.PER) continue;
                String full = Names.key(a.speaker());
                if (full.length() > key.length() && full.endsWith(" " + key)) return a.speaker();
            }
        }
        return resolver.canonicalOf(printed, Entity.Type.PER, Map.of());
    }

    /** Where the sentence holding {@code offset} starts (quoted full stops do not end it). */
    int sentenceStart(int quoteStart) {
        for (int i = quoteStart - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n') return i + 1;
            if ((c == '.' || c == '!' || c == '?') && !insideQuotation(i) && endsSentence(text, i)) {
                return i + 1;
            }
            if (quotedSentenceEnds(i)) return i + 1;
        }
        return 0;
    }

    /**
     * A quotation's closing mark after its own full stop, before a capital: « ... sitôt. » Pour le secrétaire ... (not
     * « ... sitôt. », a-t-il dit, whose sentence runs on).
     */
    private boolean quotedSentenceEnds(int i) {
        char c = text.charAt(i);
        if ((c != '»' && c != '”' && c != '"') || i == 0 || ".!?".indexOf(text.charAt(i - 1)) < 0 || !insideQuotation(i - 1)) return false;
        int next = i + 1;
        while (next < text.length() && WordTokenizer.isSpace(text.charAt(next))) next++;
        return next < text.length() && Character.isUpperCase(text.charAt(next));
    }

    /** Where the sentence holding {@code offset} ends: after its closing full stop, or at the line's end. */
    int sentenceEnd(int offset) {
        for (int i = offset; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') return i;
            if ((c == '.' || c == '!' || c == '?') && !insideQuotation(i) && endsSentence(text, i)) return i + 1;
        }
        return text.length();
    }

    /**
     * A full stop ends a sentence before a space, or before a capital glued to the word, figure or closing
     * mark before it ("pays.Dans", "Covid-19.Mais", "Beyrouth".De"); not inside initials ("U.S.A", "M.Dupont").
     */
    private static boolean endsSentence(String text, int i) {
        if (i + 1 >= text.length()) return true;
        char next = text.charAt(i + 1);
        if (!Character.isLetterOrDigit(next)) return true;
        return Character.isUpperCase(next) && i > 0 && !Character.isUpperCase(text.charAt(i - 1))
                && !WordTokenizer.isSpace(text.charAt(i - 1));
    }

    /**
     * Whether a recognized person looks like one: a name of two words or more, one word the article also
     * prints as part of a fuller name ("Trump" beside "Donald Trump"), a first name the dictionary knows ("Arthur, 25
     * ans", the ordinary people news names by first name only) or a word after an honorific or a role noun ("le major
     * Soto", "M. Kazimi"). Any other lone capitalised word ("Year", "Though" when a model reads another language) is
     * too often a sentence opener.
     */
    boolean personLike(Entity e) {
        String key = Names.key(e.canonical());
        if (key.contains(" ") || dictionary.isFirstName(e.text()) || afterTitleOrRole(e.start())) return true;
        for (Entity other : entities) {
            if (other.type() == Entity.Type.PER && Names.key(other.canonical()).contains(" ")
                    && List.of(Names.key(other.canonical()).split(" ")).contains(key)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word right before a name is an honorific or a role noun: "M. Kazimi", "le major Soto". */
    private boolean afterTitleOrRole(int nameStart) {
        int i = firstTokenAtOrAfter(nameStart) - 1;
        if (i < 0) return false;
        String previous = SpeakerLexicon.normalize(tokens.get(i).of(text));
        if (previous.equals(".") && i > 0) previous = SpeakerLexicon.normalize(tokens.get(i - 1).of(text));
        return lexicon.isTitle(previous) || lexicon.roleAt(List.of(previous), 0) != null;
    }

    /** Whether a name is its sentence's subject: the first name of the sentence, not after a preposition. */
    boolean isSentenceSubject(Entity e) {
        if (afterPreposition(e.start())) return false;
        int start = sentenceStart(e.start());
        for (Entity other : entities) {
            if (other.start() >= e.start()) break;
            if (other.start() >= start && other.type() != Entity.Type.MISC && !insideQuotation(other.start())) return false;
        }
        return true;
    }

    /** The entity that starts at {@code offset}, or null. */
    Entity entityAt(int offset) {
        for (Entity e : entities) {
            if (e.start() > offset) break;
            if (e.start() == offset) return e;
        }
        return null;
    }

    /** Whether the word right before the offset, or before its article, is a preposition ("de", "à la", "avec"...). */
    boolean afterPreposition(int offset) {
        int i = firstTokenAtOrAfter(offset) - 1;
        // "de la Fédération", "à l'Élysée": the article sits between the preposition and the name
        if (i > 0 && lexicon.isDeterminer(tokens.get(i).of(text)) && !lexicon.has("complement", tokens.get(i).of(text))) i--;
        return i >= 0 && lexicon.has("complement", tokens.get(i).of(text)) && !endsTopicPhrase(i);
    }

    /** Whether token {@code i} ends a topic phrase ("Quant à"): the name after it is what the sentence is about. */
    private boolean endsTopicPhrase(int i) {
        for (int n = Math.min(lexicon.longestPhrase("topic"), i + 1); n >= 2; n--) {
            if (lexicon.has("topic", SpeakerLexicon.join(words(tokens.get(i - n + 1).start(), tokens.get(i).end())))) return true;
        }
        return false;
    }

    /** Whether a paragraph break lies between two offsets. */
    int paragraphsBetween(int from, int to) {
        int n = 0;
        for (int i = Math.max(0, from); i < Math.min(to, text.length()); i++) if (text.charAt(i) == '\n') n++;
        return n;
    }

    SpeakerLexicon.Gender genderOf(String canonical) {
        return genders.getOrDefault(canonical, SpeakerLexicon.Gender.UNKNOWN);
    }

    /**
     * What a resolved anaphor tells of its person ("« ... », a-t-il ajouté" after "Dominique Bussereau": a man), kept
     * for the anaphors after it when nothing told it before.
     */
    void learnGender(String canonical, SpeakerLexicon.Gender gender) {
        if (gender == SpeakerLexicon.Gender.MASCULINE || gender == SpeakerLexicon.Gender.FEMININE) {
            genders.merge(canonical, gender, (known, learned) -> known == SpeakerLexicon.Gender.UNKNOWN ? learned : known);
        }
    }

    static boolean compatible(SpeakerLexicon.Gender wanted, SpeakerLexicon.Gender found) {
        return wanted == SpeakerLexicon.Gender.UNKNOWN || found == SpeakerLexicon.Gender.UNKNOWN || wanted == found;
    }

    /** The gender an honorific heading the mention tells ("Mme Belloubet" recognized whole), else what comes before it. */
    private SpeakerLexicon.Gender genderOfMention(Entity e) {
        List<Span> words = tokensIn(e.start(), e.end());
        if (words.size() > 1) {
            String first = SpeakerLexicon.normalize(words.get(0).of(text));
            if (words.get(1).of(text).equals(".")) first += ".";
            if (lexicon.isTitle(first) || lexicon.isTitle(first.replace(".", ""))) return lexicon.genderOfMarker(first);
        }
        return genderAt(e.start());
    }

    /** The gender told by an honorific right before a name, or by the determiner of a role noun before it. */
    SpeakerLexicon.Gender genderAt(int nameStart) {
        int i = firstTokenAtOrAfter(nameStart) - 1;
        if (i < 0) return SpeakerLexicon.Gender.UNKNOWN;
        String previous = SpeakerLexicon.normalize(tokens.get(i).of(text));
        if (previous.equals(".") && i > 0) previous = SpeakerLexicon.normalize(tokens.get(i - 1).of(text)) + ".";
        if (lexicon.isTitle(previous) || lexicon.isTitle(previous.replace(".", ""))) return lexicon.genderOfMarker(previous);
        for (int k = i, seen = 0; k > 0 && seen < GENDER_LOOKBACK; k--, seen++) {
            String word = SpeakerLexicon.normalize(tokens.get(k).of(text));
            if (word.length() == 1 && !Character.isLetter(word.charAt(0)) && !word.equals("'")) break;
            if (lexicon.has("role", word)) {
                return lexicon.genderOfMarker(SpeakerLexicon.normalize(tokens.get(k - 1).of(text)));
            }
        }
        return SpeakerLexicon.Gender.UNKNOWN;
    }

    private static SpeakerLexicon.Gender agree(SpeakerLexicon.Gender a, SpeakerLexicon.Gender b) {
        if (a == SpeakerLexicon.Gender.UNKNOWN) return b;
        if (b == SpeakerLexicon.Gender.UNKNOWN || a == b) return a;
        return SpeakerLexicon.Gender.UNKNOWN; // conflicting evidence: tell nothing
    }
}
