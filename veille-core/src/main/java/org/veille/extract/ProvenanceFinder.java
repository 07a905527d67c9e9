// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.veille.extract.Provenance.Relation;

/**
 * Finds the credits an article gives: translations ("Article original en anglais :", "Traduit par X
 * pour Y"), sources ("Source : X", "(AFP)"), republications, and outlets cited as the origin of some
 * information ("selon le quotidien allemand Die Zeit", "according to The Guardian"). Each rule is one
 * named pattern. A translation that credits no original can still show its language ({@link
 * UntranslatedFragments}). Thread-safe: patterns and immutable word lists only.
 */
final class ProvenanceFinder {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** A proper name: capitalised words, allowing short linking words inside ("Conférence de Munich"). */
    private static final String NAME = "((?:\\p{Lu}[\\p{L}\\p{N}.&'’-]*|\\p{N}+)(?:\\s+(?:(?:de|du|des|der|of|the|and|y|del|la|le)\\s+)?(?:\\p{Lu}[\\p{L}\\p{N}.&'’-]*|\\p{N}+)){0,5})";
    private static final String LANGUAGE_ADJECTIVE = "(anglais|allemand|espagnol|italien|russe|portugais|n[ée]erlandais|arabe|chinois|japonais"
            + "|ukrainien|polonais|turc|fran[çc]ais|english|german|spanish|italian|russian|portuguese|dutch|arabic|chinese"
            + "|japanese|ukrainian|polish|turkish|french|englischen|deutschen|spanischen|französischen|ingl[ée]s|alem[áa]n|franc[ée]s)";
    private static final String MEDIA_TYPE = "(?:magazine|journal|quotidien|hebdomadaire|mensuel|site(?: d'information| web| internet)?|agence(?: de presse)?"
            + "|cha[îi]ne(?: de t[ée]l[ée]vision)?|radio|t[ée]l[ée]vision|m[ée]dia|tablo[ïi]d|newspaper|daily|weekly|magazine|outlet|news agency"
            + "|news site|website|broadcaster|paper|tabloid|zeitung|nachrichtenmagazin|peri[óo]dico|diario|revista)";
    private static final String ADJECTIVES = "(?:\\s+(?:d['’]actualit[ée]s?|d['’]information|d['’]investigation|en ligne|[\\p{Ll}-]+(?:ain|ais|and|ien|ol|ique|e|s|al|en|an)))*";

    private static final Pattern ORIGINAL_ARTICLE = Pattern.compile(
            "^(?:article|texte|version) original(?:e)?(?:\\s+(?:en|in)\\s+" + LANGUAGE_ADJECTIVE + ")?\\s*:?\\s*(.*)$"
            + "|^original (?:article|text|version)(?:\\s+in\\s+" + LANGUAGE_ADJECTIVE + ")?\\s*:?\\s*(.*)$", FLAGS);
    private static final Pattern TRANSLATED = Pattern.compile(
            "^(?:traduit|traduction|translated|übersetzt|traducido)(?:\\s+(?:de\\s+l'|du\\s+|de\\s+|from\\s+(?:the\\s+)?|aus\\s+dem\\s+|del\\s+)"
            + LANGUAGE_ADJECTIVE + ")?\\s*(?:par|by|von|por|:)\\s+(.+?)(?:\\s+(?:pour|for|für|para)\\s+(.+?))?\\s*\\.?$", FLAGS);
    private static final Pattern ORIGINAL_SOURCE = Pattern.compile(
            "^(?:la source originale de cet article est|source originale|original source|the original source of this article is|quelle|fuente|source)\\s*:?\\s+(.+?)\\s*\\.?$",
            FLAGS);
    private static final Pattern REPUBLISHED = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?iu:cet article a (?:d'abord |initialement |originellement )?[ée]t[ée] (?:d'abord |initialement |originellement )?publi[ée] (?:par|sur|dans)"
            + "|article (?:initialement )?paru dans|this (?:article|story) (?:was )?(?:originally |first )?(?:published|appeared) (?:on|in|by)"
            + "|republished (?:with permission )?from|reproduced (?:with permission )?from)\\s+(?iu:le |la |l'|the )?" + NAME);
    /** Agencies credited in a byline or a closing bracket: "(AFP)", "avec AFP", "- Reuters". */
    private static final Pattern AGENCY_CREDIT = Pattern.compile(
            "(?:^|\\(|\\bavec\\s+(?:l')?|\\bwith\\s+|[—–-]\\s*)(AFP|Reuters|AP|dpa|ANSA|EFE|Belga|ATS|Bloomberg|TASS|Xinhua|Ukrinform|Europa Press)(?:\\)|\\s*$|\\s*[/,])");
    private static final Set<String> AGENCY_LANGUAGE_EN = Set.of("reuters", "ap", "bloomberg");

    /** Case-insensitive cue words, case-sensitive name: the capital letters tell where the name starts. */
    private static final Pattern CITES_MEDIA = Pattern.compile(
            "(?iu:selon|d'apr[èe]s|cit[ée]e? par|rapport[ée]e? par|r[ée]v[ée]l[ée]e? par|à en croire|according to|reported by|cited by|told|laut|seg[úu]n)\\s+"
            + "(?iu:le |la |l'|les |the |dem |der |el )?(?iu:m[êe]me\\s+)?(?iu:" + MEDIA_TYPE + ")" + ADJECTIVES + "\\s+\\*?" + NAME);
    /** "a déclaré à Associated Press", "cité par The Hill": a name with the shape of a publication. */
    private static final Pattern CITES_PUBLICATION = Pattern.compile(
            "(?iu:selon|d'apr[èe]s|cit[ée]e? par|rapport[ée]e? par|d[ée]clar[ée] (?:à|au)|confi[ée] (?:à|au)|interview(?: s[ée]par[ée]e)? (?:avec|à|au|accord[ée]e à)"
            + "|according to|told|reported by|cited by|an interview with|laut|seg[úu]n)\\s+(?iu:le |la |l'|the )?\\*?"
            + "((?:The|Der|Die|Das|El|Il|Le|La)\\s+\\p{Lu}[\\p{L}.]+(?:\\s+\\p{Lu}[\\p{L}.]+)?|\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*)*\\s+(?:Press|Times|Post|News|Journal|Daily|Herald|Tribune|Gazette|Telegraph|Guardian|Observer|Express|Mail|Zeitung|Review|Monitor|Insider|Today))\\b");

    /** The first words of the citation rules below, lower case. */
    private static final Vocabulary CITATION_CUE = Vocabulary.of(
            "selon|d'apr[èe]s|cit[ée]|rapport[ée]|r[ée]v[ée]l[ée]|à en croire|according|reported|told|laut|seg[úu]n|d[ée]clar[ée]|confi[ée]"
            + "|an interview|interview|publi|parue?|erschienen");
    /**
     * "publiée jeudi dans la Revue d'herpétologie alpine", "published in the Journal of Alpine Zoology": a
     * study's journal, whose name is a generic head word and its complement, up to the clause's end.
     */
    private static final Pattern CITES_JOURNAL = Pattern.compile(
            "(?iu:publi[ée]e?s?|parue?s?|published|erschienen|publicad[oa]s?)\\s+(?:\\p{L}+\\s+){0,2}?(?iu:dans|in|im|en)\\s+(?iu:la |le |l'|the |der |dem |la revista )?"
            + "((?:Revue|Journal|Annales|Annals|Bulletin|Cahiers|Proceedings|Zeitschrift|Revista)\\s+(?:d['’]|de |des |du |of |of the |für |für die )[\\p{L}'’ -]+?)"
            + "(?=\\s*[,.;)]|\\s+(?:qui|que|où|which|that|who|die|der|das)\\b)");
    private static final Pattern ENGLISH_NAME = Pattern.compile("\\b(Press|Times|Post|News|Journal|Daily|Herald|Tribune|Telegraph|Guardian|Observer|Insider|Today)\\b");
    /** Articles and particles only French puts in a name ("Le Soir", "Agence de presse des Cimes", "Revue d'optique"). */
    private static final Pattern FRENCH_NAME = Pattern.compile("^(?:Le|Les|L['’])\\s?\\p{Lu}|\\b(?:des|du|aux)\\s|\\bd['’]\\p{L}");

    private static final Map<String, String> LANGUAGE_OF_ADJECTIVE = languageOfAdjective();

    private final UntranslatedFragments untranslated = new UntranslatedFragments();

    /** Whether a line is a credit (translation, source, republication) rather than article text. */
    static boolean isCreditLine(String line) {
        String t = line.strip();
        return ORIGINAL_ARTICLE.matcher(t).matches() || TRANSLATED.matcher(t).matches()
                || (t.length() < 160 && ORIGINAL_SOURCE.matcher(t).matches()) || (t.length() < 250 && REPUBLISHED.matcher(t).find());
    }

    List<Provenance> fromCreditLines(List<String> lines) {
        List<Provenance> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            Matcher m;
            if ((m = ORIGINAL_ARTICLE.matcher(line)).matches()) {
                String language = languageOf(m.group(1) != null ? m.group(1) : m.group(3));
                String title = nonBlank(m.group(2) != null ? m.group(2) : m.group(4));
                if (title == null && i + 1 < lines.size() && looksLikeTitle(lines.get(i + 1))) {
                    title = lines.get(++i).strip();
                }
                found.add(new Provenance(Relation.TRANSLATED_FROM, null, title, language));
            } else if ((m = TRANSLATED.matcher(line)).matches()) {
                String language = languageOf(m.group(1));
                if (language != null) found.add(new Provenance(Relation.TRANSLATED_FROM, null, null, language));
                found.add(new Provenance(Relation.TRANSLATED_BY, cleanName(m.group(2)), null, null));
                if (m.group(3) != null) found.add(new Provenance(Relation.TRANSLATED_BY, cleanName(m.group(3)), null, null));
            } else if ((m = ORIGINAL_SOURCE.matcher(line)).matches() && line.length() < 160) {
                found.add(new Provenance(Relation.SOURCE, cleanName(m.group(1)), null, publicationLanguage(cleanName(m.group(1)))));
            } else if ((m = REPUBLISHED.matcher(line)).find()) {
                found.add(new Provenance(Relation.REPUBLISHED_FROM, cleanName(m.group(1)), null, null));
            }
        }
        return nameTranslationsAfterTheirSource(found);
    }

    /** Agencies credited inside the body's first or last paragraph. */
    List<Provenance> agencyCredits(String paragraph) {
        List<Provenance> found = new ArrayList<>();
        Matcher m = AGENCY_CREDIT.matcher(paragraph);
        while (m.find()) {
            String agency = m.group(1);
            String language = AGENCY_LANGUAGE_EN.contains(agency.toLowerCase(Locale.ROOT)) ? "en" : null;
            found.add(new Provenance(Relation.SOURCE, agency, null, language));
        }
        return found;
    }

    /**
     * A translated_from with only the original's language, when no credit among {@code credits} names a
     * translation but the body kept a fragment of its original untranslated.
     */
    List<Provenance> untranslatedOriginal(List<Provenance> credits, String body) {
        if (credits.stream().anyMatch(p -> p.relation() == Relation.TRANSLATED_FROM)) return List.of();
        return untranslated.originalLanguage(body).map(language -> List.of(new Provenance(Relation.TRANSLATED_FROM, null, null, language)))
                .orElse(List.of());
    }

    /** Outlets the body cites as the origin of some information. */
    List<Provenance> citations(String body) {
        List<Integer> cues = cuePositions(body);
        Map<String, Provenance> byName = new LinkedHashMap<>();
        Matcher m = CITES_MEDIA.matcher(body);
        for (int cue : cues) {
            if (!m.region(cue, body.length()).lookingAt()) continue;
            String name = cleanName(m.group(1));
            String adjectives = body.substring(m.start(), m.start(1));
            String language = languageOfNationality(adjectives);
            if (language == null) language = publicationLanguage(name);
            byName.putIfAbsent(TextCaptureExtractor.squash(name), new Provenance(Relation.CITES, name, null, language));
        }
        for (Pattern rule : List.of(CITES_PUBLICATION, CITES_JOURNAL)) {
            m = rule.matcher(body);
            for (int cue : cues) {
                if (!m.region(cue, body.length()).lookingAt()) continue;
                String name = cleanName(m.group(1));
                byName.putIfAbsent(TextCaptureExtractor.squash(name), new Provenance(Relation.CITES, name, null, publicationLanguage(name)));
            }
        }
        return new ArrayList<>(byName.values());
    }

    /**
     * Where a citation rule may match: its cue words, found in a lower-cased copy of the body. The rules,
     * case-insensitive, then run only there instead of at every character.
     */
    private static List<Integer> cuePositions(String body) {
        char[] lower = new char[body.length()];
        for (int i = 0; i < lower.length; i++) lower[i] = Character.toLowerCase(body.charAt(i)); // keeps offsets, unlike String.toLowerCase
        return CITATION_CUE.starts(new String(lower));
    }

    /** A translation credit names its original in a separate "source" line: carry the name over. */
    private static List<Provenance> nameTranslationsAfterTheirSource(List<Provenance> found) {
        String source = found.stream().filter(p -> p.relation() == Relation.SOURCE).map(Provenance::name).findFirst().orElse(null);
        List<Provenance> named = new ArrayList<>();
        for (Provenance p : found) {
            if (p.relation() == Relation.TRANSLATED_FROM && p.name() == null && source != null) {
                named.add(new Provenance(p.relation(), source, p.title(), p.language() != null ? p.language() : publicationLanguage(source)));
            } else if (p.relation() == Relation.SOURCE && p.language() == null) {
                String language = found.stream().filter(t -> t.relation() == Relation.TRANSLATED_FROM && t.language() != null)
                        .map(Provenance::language).findFirst().orElse(null);
                named.add(new Provenance(p.relation(), p.name(), p.title(), language));
            } else {
                named.add(p);
            }
        }
        return named;
    }

    /** "The Daily Star : The Daily Star" → "The Daily Star"; trailing punctuation and markup removed. */
    static String cleanName(String raw) {
        String name = raw.replace("*", "").strip().replaceAll("[\\s.,;:]+$", "");
        String[] halves = name.split("\\s*:\\s*");
        if (halves.length == 2 && halves[0].equalsIgnoreCase(halves[1])) name = halves[0];
        return name;
    }

    /** The language of a publication's name when its article or its words say it ("The Guardian", "Die Zeit", "El País"). */
    static String publicationLanguage(String name) {
        if (name == null) return null;
        String first = name.split("\\s+")[0];
        return switch (first) {
            case "The" -> "en";
            case "Der", "Die", "Das" -> "de";
            case "El", "Los" -> "es";
            case "Il" -> "it";
            default -> ENGLISH_NAME.matcher(name).find() ? "en" : FRENCH_NAME.matcher(name).find() ? "fr" : null;
        };
    }

    private static String languageOf(String adjective) {
        return adjective == null ? null : LANGUAGE_OF_ADJECTIVE.get(stemOf(adjective));
    }

    /** "le magazine d'actualité allemand" → de: the outlet's nationality stands for its language. */
    private static String languageOfNationality(String phrase) {
        for (String word : phrase.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            String language = LANGUAGE_OF_ADJECTIVE.get(stemOf(word));
            if (language != null) return language;
        }
        return null;
    }

    /** Drops feminine and plural endings: "allemande", "allemands" → "allemand". */
    private static String stemOf(String adjective) {
        String a = adjective.toLowerCase(Locale.ROOT).replace('é', 'e');
        if (LANGUAGE_OF_ADJECTIVE.containsKey(a)) return a;
        for (String suffix : List.of("es", "e", "s")) {
            if (a.endsWith(suffix) && LANGUAGE_OF_ADJECTIVE.containsKey(a.substring(0, a.length() - suffix.length()))) {
                return a.substring(0, a.length() - suffix.length());
            }
        }
        if (a.endsWith("ne") && LANGUAGE_OF_ADJECTIVE.containsKey(a.substring(0, a.length() - 1))) return a.substring(0, a.length() - 1);
        return a;
    }

    private static Map<String, String> languageOfAdjective() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String w : List.of("anglais", "english", "englischen", "ingles", "americain", "britannique", "american", "british")) m.put(w, "en");
        for (String w : List.of("allemand", "german", "deutschen", "aleman", "autrichien")) m.put(w, "de");
        for (String w : List.of("espagnol", "spanish", "spanischen")) m.put(w, "es");
        for (String w : List.of("italien", "italian")) m.put(w, "it");
        for (String w : List.of("russe", "russian")) m.put(w, "ru");
        for (String w : List.of("portugais", "portuguese", "bresilien")) m.put(w, "pt");
        for (String w : List.of("neerlandais", "dutch", "hollandais")) m.put(w, "nl");
        for (String w : List.of("arabe", "arabic")) m.put(w, "ar");
        for (String w : List.of("chinois", "chinese")) m.put(w, "zh");
        for (String w : List.of("japonais", "japanese")) m.put(w, "ja");
        for (String w : List.of("ukrainien", "ukrainian")) m.put(w, "uk");
        for (String w : List.of("polonais", "polish")) m.put(w, "pl");
        for (String w : List.of("turc", "turkish")) m.put(w, "tr");
        for (String w : List.of("francais", "français", "french", "französischen", "frances")) m.put(w, "fr");
        return Map.copyOf(m);
    }

    private static boolean looksLikeTitle(String line) {
        String t = line.strip();
        return !t.isEmpty() && t.length() < 250 && Character.isUpperCase(t.codePointAt(0)) && Furniture.kindOf(t) == null;
    }

    private static String nonBlank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
