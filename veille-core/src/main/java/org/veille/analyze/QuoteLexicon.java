// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of the quotation finder for one language: speech verbs in the forms news text uses,
 * and the small closed classes (determiners, pronouns, clause openers) that delimit a speaker's noun phrase.
 * Immutable once built; built once per {@link QuotationFinder}.
 */
final class QuoteLexicon {

    /** Which rules a language gets. */
    enum Lang { FR, EN, NONE }

    // --- French speech verbs. Regular -er verbs are conjugated by rule; the rest are listed.
    private static final String FR_ER = "déclarer affirmer ajouter estimer souligner expliquer indiquer assurer insister "
            + "rappeler annoncer lancer marteler commenter noter juger qualifier dénoncer critiquer suggérer demander "
            + "exhorter engager accuser confier raconter préciser déplorer regretter avouer confirmer nier observer "
            + "résumer signaler relever constater répéter réclamer réitérer plaider protester inquiéter avancer asséner "
            + "tweeter écrire spéculer appeler inviter proposer recommander implorer presser encourager jurer saluer "
            + "ironiser exclamer interroger étonner lâcher glisser détailler clamer proclamer contester arguer objecter "
            + "rétorquer répliquer évoquer témoigner revendiquer reprocher fustiger condamner certifier "
            + "féliciter prôner conseiller informer mentionner démontrer enchaîner trancher tonner déclamer";
    private static final String FR_IR = "avertir réagir renchérir";
    /** pp | finite forms | gerunds, for irregular verbs. */
    private static final String[] FR_IRREGULAR = {
        "dit|dit disait disaient disent dira dirent|disant",
        "prédit|prédit prédisait prédisent|prédisant",
        "écrit|écrit écrivait écrivent écrivit|écrivant",
        "reconnu|reconnaît reconnait reconnaissait reconnaissent reconnut|reconnaissant",
        "admis|admet admettait admettent admit|admettant",
        "promis|promet promettait promettent promit|promettant",
        "soutenu|soutient soutenait soutiennent soutint|soutenant",
        "maintenu|maintient maintenait maintiennent maintint|maintenant_",
        "poursuivi|poursuit poursuivait poursuivent poursuivit|poursuivant",
        "conclu|conclut concluait concluent|concluant",
        "répondu|répond répondait répondent répondit|répondant",
        "prévenu|prévient prévenait préviennent prévint|prévenant",
        "démenti|dément démentait démentent démentit|démentant",
        "mis en garde|met en garde mettait en garde mettent en garde mit en garde|mettant en garde",
        "fait remarquer|fait remarquer faisait remarquer font remarquer|faisant remarquer",
        "fait valoir|fait valoir faisait valoir font valoir|faisant valoir",
        "fait savoir|fait savoir faisait savoir font savoir|faisant savoir",
        "fait observer|fait observer faisait observer|faisant observer",
        "fait part|fait part faisait part|faisant part",
    };
    /** Verbs whose content is "à X de + infinitive" rather than a que-clause. */
    private static final String FR_OBJECT_CONTROL = "suggérer demander exhorter appeler accuser promettre engager "
            + "inviter conseiller recommander proposer implorer presser encourager jurer prévenir reprocher";
    private static final String FR_AUX = "a avait aurait ont avaient auraient aura auront ai avons eut";
    private static final String FR_REFLEXIVE_AUX = "est était sont étaient sera serait";
    private static final String FR_DET = "le la l’ l' les un une des du ce cet cette ces son sa ses leur leurs notre "
            + "plusieurs certains certaines beaucoup aucun chaque tout tous deux trois quelques nombre";
    private static final String FR_PRONOUN = "il elle ils elles on nous je";
    /** Words a backward scan for the subject never crosses: clause openers, auxiliaries, clitics. */
    private static final String FR_BACK_STOP = "que qu’ qu' qui quand lorsque lorsqu’ lorsqu' si s’ s' mais car donc puis "
            + "alors ainsi pourquoi où comme et ou ni dont laquelle lequel lesquels lesquelles auxquels auxquelles "
            + "est sont a ont avait avaient était étaient fut c’ c' y n’ n' ne pas lui se puisque tandis parce "
            + "selon d’après";
    /** Clitics that may sit between subject and verb ("l'ONU lui a répondu"). */
    private static final String FR_CLITIC = "lui leur nous vous me m’ te t’ se s’ y en l’ le la les";
    /** Words that end a speaker noun phrase read forward ("a dit X aux journalistes"). */
    private static final String FR_FWD_STOP = "devant lors dans en avant après pendant sur depuis sous selon par "
            + "lorsque lorsqu’ quand alors avec que qu’ qui dont où et mais car pour contre vers hier lundi mardi "
            + "mercredi jeudi vendredi samedi dimanche ce cette cet aujourd’hui lors ainsi tandis puis";
    private static final String FR_DATIVE = "à au aux";
    private static final String FR_INTRO = "que qu’ qu'";
    private static final String FR_INF_MARK = "de d’ d' à";
    private static final String FR_SUBORDINATOR = "tandis alors si lorsque lorsqu’ quand puisque comme parce même";
    /** Adverbials skipped after a speech verb before its subject or content. */
    private static final String FR_ADV = "mercredi lundi mardi jeudi vendredi samedi dimanche hier aujourd’hui "
            + "encore également aussi ensuite enfin alors récemment publiquement notamment dernièrement déjà "
            + "matin soir dernier dernière prochain ainsi pourtant toutefois simplement clairement vivement "
            + "fermement ouvertement officiellement plusieurs fois souvent jamais";
    private static final String[] FR_ADV_PHRASES = {
        "pour sa part", "pour leur part", "de son côté", "de leur côté", "quant à lui", "quant à elle",
        "quant à eux", "plus tard", "par ailleurs", "à plusieurs reprises", "plusieurs fois", "à son tour",
        "ce matin", "ce soir", "cette semaine", "en outre", "par la suite", "à nouveau", "de nouveau",
        "lui aussi", "elle aussi", "lui-même", "elle-même",
    };
    private static final String[] FR_INCISES = {
        "quant à lui", "quant à elle", "quant à eux", "quant à elles", "pour sa part", "pour leur part",
        "de son côté", "de leur côté", "lui aussi", "elle aussi", "toutefois", "cependant", "néanmoins",
        "en revanche", "en effet", "par ailleurs", "pour lui", "pour elle", "lui", "elle", "eux", "de plus",
        "quant à lui-même",
    };
    /** Person nouns that make "Pour le ministre, ..." an attribution (and "Pour la suite" not). */
    private static final String FR_PERSON_NOUN = "ministre président présidente maire porte-parole secrétaire directeur "
            + "directrice chef cheffe expert experte analyste spécialiste diplomate responsable député députée sénateur "
            + "sénatrice économiste chercheur chercheuse politologue avocat avocate syndicat gouvernement opposition "
            + "patron patronne dirigeant dirigeante militant militante juge procureur procureure commissaire "
            + "ambassadeur ambassadrice général générale candidat candidate élu élue auteur autrice historien historienne";
    /** Words before a quotation that make it a title or an interface label, not a statement. */
    private static final String FR_TITLE_CUE = "intitulé intitulée intitulés intitulées titre titré titrée baptisé "
            + "baptisée nommé nommée livre film ouvrage roman émission chanson album série rubrique bouton onglet "
            + "cliquant cliquez menu mention hashtag slogan opération dénommé dénommée surnommé surnommée "
            + "exposition pièce documentaire";

    // --- English.
    private static final String EN_REGULAR = "add state warn note argue claim insist explain ask urge accuse "
            + "suggest announce declare acknowledge admit recall predict promise respond reply continue conclude "
            + "tweet complain caution emphasize emphasise stress assert contend maintain observe remark report "
            + "reveal confirm deny recount testify vow pledge concede boast joke quip allege charge counter retort "
            + "muse demand call repeat reiterate estimate comment criticize criticise denounce describe mention "
            + "point predict propose recommend remind believe indicate cite signal learn";
    private static final String[] EN_IRREGULAR = {
        "say said says saying",
        "tell told tells telling",
        "write wrote writes writing written",
        "speak spoke speaks speaking",
        "put put puts",
        "think thought thinks",
        "show showed shown shows",
        "find found finds",
    };
    private static final String EN_OBJECT_CONTROL = "urge urged urges urging ask asked asks asking call called "
            + "calls calling accuse accused accuses accusing promise promised promises pledge pledged pledges vow "
            + "vowed vows warn warned warns advise advised advises encourage encouraged encourages suggest "
            + "suggested suggests tell told tells";
    private static final String EN_SAY = "say said says tell told tells add added adds write wrote writes";
    private static final String EN_DET = "the a an this that these those his her their its our many some several "
            + "one two three each every another other most";
    private static final String EN_PRONOUN = "he she they we i it";
    private static final String EN_BACK_STOP = "that who which whom whose when while as because if but and or so then "
            + "where although though after before since is was are were has had have there to than whether "
            + "not also would will could";
    private static final String EN_FWD_STOP = "to in on at during after before from with about who that which when "
            + "while as and but via through into because since by last this yesterday today monday tuesday "
            + "wednesday thursday friday saturday sunday earlier later";
    private static final String EN_AUX_ADV = "has have had also later previously repeatedly once then will would "
            + "recently again further publicly privately already often never always earlier did does not has "
            + "reportedly apparently just";
    private static final String EN_ADV = "also later earlier yesterday today recently again then publicly "
            + "repeatedly previously further monday tuesday wednesday thursday friday saturday sunday morning afternoon "
            + "evening night";
    private static final String[] EN_ADV_PHRASES = {
        "on monday", "on tuesday", "on wednesday", "on thursday", "on friday", "on saturday", "on sunday",
        "last week", "this week", "last month", "last year", "in an interview", "in a statement",
    };
    private static final String[] EN_INCISES = {
        "for his part", "for her part", "for their part", "however", "meanwhile", "too", "in turn",
        "for example", "though",
    };
    private static final String EN_INTRO = "that";
    private static final String EN_INF_MARK = "to";
    private static final String EN_SUBORDINATOR = "while when although though as because since if after before";
    private static final String EN_TITLE_CUE = "titled entitled book film movie song album series show column "
            + "button tab clicking click menu hashtag slogan";

    /** Capitalised words that start sentences without being names. */
    private static final String CAP_FUNCTION = "le la les l’ l' un une des du de d’ ce cet cette ces il elle ils "
            + "elles on nous vous je j’ mais et ou donc car or en dans pour par sur sous selon après avant depuis "
            + "pendant comme comment quand lorsque lorsqu’ si tandis alors ainsi cependant toutefois pourtant aussi "
            + "enfin puis voici voilà c’ cela ceci ça tout tous toute même bien plus moins très peut-être au aux à "
            + "the a an this that these those he she it they we i you but and or so in on at for with by from "
            + "after before during when while if as since although however meanwhile still yet also then there "
            + "here what who why how where which désormais lire suivez source région thème copyright contact "
            + "articles traduit avis according its their our my your his her notre ses son sa leur leurs mon ma mes qui que quoi pourquoi dont chaque "
            + "certains plusieurs beaucoup aucun lorsqu oui non merci suite face outre";
    private static final String NAME_PARTICLE = "de du des von van der den da di del al bin ben la le st";
    private static final String TITLE_ABBREVIATION = "m. mme mme. mm. mmes mlle mr. mrs. ms. dr. pr. me. sen. rep. "
            + "gen. gov. lt. col. prof. st.";

    final Lang lang;
    final Set<String> past = new HashSet<>();       // participles after an auxiliary
    final Set<String> finite = new HashSet<>();     // finite forms usable without auxiliary
    final Set<String> gerund = new HashSet<>();
    final Set<String> objectControl = new HashSet<>();
    final Set<String> sayVerbs;
    final Set<String> aux;
    final Set<String> reflexiveAux;
    final Set<String> determiners;
    final Set<String> pronouns;
    final Set<String> backStop;
    final Set<String> clitics;
    final Set<String> fwdStop;
    final Set<String> datives;
    final Set<String> intro;
    final Set<String> infinitiveMarks;
    final Set<String> subordinators;
    final Set<String> adverbs;
    final List<String[]> adverbPhrases;
    final List<String[]> incises;
    final Set<String> auxAdverbs;
    final Set<String> titleCues;
    final Set<String> personNouns;
    final Set<String> capFunction = words(CAP_FUNCTION);
    /** Third-person pronouns, the ones that refer back to an earlier speaker. */
    final Set<String> anaphoric = words("il elle ils elles on lui eux he she they him her them");
    /** Words ending like a participle that are not participles. */
    final Set<String> notParticiples = words("avant devant pendant durant cependant maintenant autant quant suivant "
            + "moyennant nonobstant important puissant enfant néanmoins gouvernant précédent restaurant");
    final Set<String> nameParticles = words(NAME_PARTICLE);
    final Set<String> titleAbbreviations = words(TITLE_ABBREVIATION);
    /** Multi-word verb forms by first word, longest first. */
    private final Map<String, List<String[]>> multi = new HashMap<>();

    QuoteLexicon(Lang lang) {
        this.lang = lang;
        switch (lang) {
            case FR -> {
                for (String inf : FR_ER.split(" ")) conjugateEr(inf);
                for (String inf : FR_IR.split(" ")) conjugateIr(inf);
                for (String entry : FR_IRREGULAR) {
                    String[] p = entry.split("\\|");
                    addForms(past, p[0]);
                    finite.addAll(splitForms(p[1]));
                    for (String g : splitForms(p[2])) {
                        if (!g.endsWith("_")) gerund.add(g); // "maintenant_" is an adverb, not a gerund
                    }
                }
                for (String inf : FR_OBJECT_CONTROL.split(" ")) objectControlForms(inf);
                aux = words(FR_AUX);
                reflexiveAux = words(FR_REFLEXIVE_AUX);
                determiners = words(FR_DET);
                pronouns = words(FR_PRONOUN);
                backStop = words(FR_BACK_STOP);
                clitics = words(FR_CLITIC);
                fwdStop = words(FR_FWD_STOP);
                datives = words(FR_DATIVE);
                intro = words(FR_INTRO);
                infinitiveMarks = words(FR_INF_MARK);
                subordinators = words(FR_SUBORDINATOR);
                adverbs = words(FR_ADV);
                adverbPhrases = phrases(FR_ADV_PHRASES);
                incises = phrases(FR_INCISES);
                auxAdverbs = Set.of();
                titleCues = words(FR_TITLE_CUE);
                personNouns = words(FR_PERSON_NOUN);
                sayVerbs = Set.of();
            }
            case EN -> {
                for (String v : EN_REGULAR.split(" ")) conjugateEn(v);
                for (String entry : EN_IRREGULAR) {
                    for (String f : entry.split(" ")) {
                        if (f.endsWith("ing")) gerund.add(f); else finite.add(f);
                    }
                }
                objectControl.addAll(words(EN_OBJECT_CONTROL));
                sayVerbs = words(EN_SAY);
                aux = Set.of();
                reflexiveAux = Set.of();
                determiners = words(EN_DET);
                pronouns = words(EN_PRONOUN);
                backStop = words(EN_BACK_STOP);
                clitics = Set.of();
                fwdStop = words(EN_FWD_STOP);
                datives = Set.of();
                intro = words(EN_INTRO);
                infinitiveMarks = words(EN_INF_MARK);
                subordinators = words(EN_SUBORDINATOR);
                adverbs = words(EN_ADV);
                adverbPhrases = phrases(EN_ADV_PHRASES);
                incises = phrases(EN_INCISES);
                auxAdverbs = words(EN_AUX_ADV);
                titleCues = words(EN_TITLE_CUE);
                personNouns = Set.of();
            }
            default -> {
                sayVerbs = aux = reflexiveAux = determiners = pronouns = backStop = clitics = fwdStop = datives = Set.of();
                intro = infinitiveMarks = subordinators = adverbs = auxAdverbs = titleCues = personNouns = Set.of();
                adverbPhrases = incises = List.of();
            }
        }
    }

    static Lang langOf(String language) {
        String l = language == null ? "" : language.toLowerCase(Locale.ROOT);
        if (l.startsWith("fr")) return Lang.FR;
        if (l.startsWith("en")) return Lang.EN;
        return Lang.NONE;
    }

    // --- conjugation, enough for third person in news prose

    private void conjugateEr(String inf) {
        conjugateEr(inf, past, finite, gerund);
    }

    private static void conjugateEr(String inf, Set<String> past, Set<String> finite, Set<String> gerund) {
        String s = inf.substring(0, inf.length() - 2);
        // c -> ç and g -> ge before a/o keep the sound: annonça, jugeant
        String sa = s.endsWith("c") ? s.substring(0, s.length() - 1) + "ç" : s.endsWith("g") ? s + "e" : s;
        addForms(past, s + "é");
        for (String f : new String[] {s + "e", s + "ent", sa + "ait", sa + "aient", sa + "a", s + "èrent", s + "era",
                s + "eront", s + "erait"}) {
            finite.add(f);
        }
        // stem-changing verbs: rappelle, répète, suggère
        finite.add(s.replaceAll("é([^é]+)$", "è$1") + "e");
        if (s.endsWith("el") || s.endsWith("et")) finite.add(s + s.charAt(s.length() - 1) + "e"); // rappelle
        gerund.add(sa + "ant");
    }

    private void conjugateIr(String inf) {
        String s = inf.substring(0, inf.length() - 2);
        addForms(past, s + "i");
        for (String f : new String[] {s + "it", s + "issent", s + "issait", s + "issaient", s + "ira"}) finite.add(f);
        gerund.add(s + "issant");
    }

    private void objectControlForms(String inf) {
        if (inf.endsWith("er")) {
            Set<String> p = new HashSet<>(), f = new HashSet<>(), g = new HashSet<>();
            conjugateEr(inf, p, f, g);
            objectControl.addAll(p);
            objectControl.addAll(f);
            objectControl.addAll(g);
            return;
        }
        String stem = inf.substring(0, Math.min(4, inf.length()));
        for (String entry : FR_IRREGULAR) {
            String[] parts = entry.split("\\|");
            if (parts[0].startsWith(stem)) {
                addForms(objectControl, parts[0]);
                objectControl.addAll(splitForms(parts[1]));
                objectControl.addAll(splitForms(parts[2]));
            }
        }
    }

    private void conjugateEn(String v) {
        finite.add(v);
        finite.add(v.endsWith("s") || v.endsWith("sh") || v.endsWith("ch") ? v + "es"
                : v.endsWith("y") && !v.endsWith("ay") ? v.substring(0, v.length() - 1) + "ies" : v + "s");
        finite.add(v.endsWith("e") ? v + "d" : v.endsWith("y") && !v.endsWith("ay") ? v.substring(0, v.length() - 1) + "ied"
                : v + "ed");
        gerund.add(v.endsWith("e") && !v.endsWith("ee") ? v.substring(0, v.length() - 1) + "ing" : v + "ing");
    }

    private static void addForms(Set<String> set, String pp) {
        set.add(pp);
        if (pp.indexOf(' ') < 0) {
            if (!pp.endsWith("s")) set.add(pp + "s");
            set.add(pp + "e");
            set.add(pp + "es");
        }
    }

    /** Splits "dit disait met en garde mettait en garde" keeping multi-word forms together. */
    private static List<String> splitForms(String s) {
        List<String> out = new ArrayList<>();
        String[] w = s.split(" ");
        for (int i = 0; i < w.length; i++) {
            if (i + 2 < w.length && w[i + 1].equals("en") && w[i + 2].equals("garde")) {
                out.add(w[i] + " en garde");
                i += 2;
            } else if (i + 1 < w.length && Set.of("remarquer", "valoir", "savoir", "observer", "part").contains(w[i + 1])) {
                out.add(w[i] + " " + w[i + 1]);
                i += 1;
            } else {
                out.add(w[i]);
            }
        }
        return out;
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        for (String w : s.split("\\s+")) {
            if (!w.isEmpty()) {
                out.add(w);
                out.add(w.replace('’', '\''));
                out.add(w.replace('\'', '’'));
            }
        }
        return Set.copyOf(out);
    }

    private static List<String[]> phrases(String[] list) {
        List<String[]> out = new ArrayList<>();
        for (String p : list) out.add(p.split(" "));
        out.sort((a, b) -> b.length - a.length);
        return List.copyOf(out);
    }

    /** Indexes multi-word forms; called once after construction by the finder. */
    QuoteLexicon seal() {
        for (Set<String> set : List.of(past, finite, gerund)) {
            for (String f : set) {
                if (f.indexOf(' ') > 0) {
                    String[] parts = f.split(" ");
                    multi.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(parts);
                }
            }
        }
        multi.values().forEach(l -> l.sort((a, b) -> b.length - a.length));
        return this;
    }

    /**
     * How many tokens starting at {@code words[i]} form a verb of {@code set} (0 if none).
     * Handles multi-word forms such as "mis en garde" or "fait remarquer".
     */
    int match(Set<String> set, List<String> words, int i) {
        String w = words.get(i);
        if (w == null) return 0;
        List<String[]> candidates = multi.get(w);
        if (candidates != null) {
            for (String[] c : candidates) {
                if (!set.contains(String.join(" ", c)) || i + c.length > words.size()) continue;
                boolean ok = true;
                for (int k = 1; k < c.length && ok; k++) ok = c[k].equals(words.get(i + k));
                if (ok) return c.length;
            }
        }
        return set.contains(w) ? 1 : 0;
    }

    boolean isSpeechForm(String w) {
        return w != null && (past.contains(w) || finite.contains(w) || gerund.contains(w));
    }
}
