// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives every name in an article one canonical identity. In order:
 * <ol>
 *   <li>{@link #gazetteerMatches}: known names, metonyms and role descriptions, longest first;</li>
 *   <li>recognizer mentions that no known name covers;</li>
 *   <li>{@link #canonicalOf}: a known identity, else the fullest form of the same name in the
 *       article ("Trump" → "Donald Trump", "M. Dupont" → "Paul Dupont"), else the name as printed;</li>
 *   <li>{@link #roleHolder}: a role description names the person printed beside it, else the holder
 *       named elsewhere in the article, else the holder on the article's date or on the years the
 *       article mentions.</li>
 * </ol>
 * Thread-safe: holds only the immutable gazetteer.
 */
final class EntityResolver {

    /** Articles and prepositions never start a name; capitalised at a sentence start they still may ("Le Monde"), so the gazetteer decides. */
    private static final Set<String> NOT_STARTS = Set.of("le", "la", "les", "l'", "l’", "un", "une", "des", "du", "de", "d'", "d’", "the", "a", "an");
    /** A capital after these is the place itself ("à Moscou"), not the state it stands for ("Moscou a répondu"). */
    private static final Set<String> LOCATIVES = Set.of("à", "a", "en", "in", "at", "to", "vers", "depuis", "from", "près", "near", "nach", "aus", "über", "von", "dans");
    private static final Set<String> HONORIFICS = Set.of("m", "mm", "mme", "mlle", "mr", "mrs", "ms", "dr", "pr", "sr", "sra", "me");
    private static final Pattern CAPITAL = Pattern.compile("\\p{Lu}");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19[89]\\d|20[0-4]\\d)(?!\\d)");
    /** Characters and words before a role description's end looked at for "ancien" ("l'ancien chef de l'Etat", "ex-ministre"). */
    private static final int FORMER_LOOKBACK = 60;
    private static final int FORMER_WORDS = 6;
    /** How many tokens may separate a role description from the name it describes ("la ministre de la Santé, Anne Dupont"). */
    private static final int APPOSITION_GAP = 2;
    /**
     * Tokens a name's key may drop at its start (an article, an honorific and its dot: "la", "M", "."), so spans this
     * long are always keyed; past them a span grows only while some gazetteer key begins with its key.
     */
    private static final int LEADING_WORDS = 3;

    private final Gazetteer gazetteer;
    private final WordTokenizer tokenizer = new WordTokenizer();
    /**
     * Each language's speakers file: its words telling that a role was held before ("l'ancien président"), and the
     * words a recognized name never starts or ends with ("Sans Marbelin", "Fontanel said": the recognizer took a
     * sentence's first word or the speech verb after the name into it).
     */
    private final List<SpeakerLexicon> lexicons = List.copyOf(SpeakerLexicon.all().values());

    EntityResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Whether the gazetteer knows the name as some identity (a place, a body, a person). */
    boolean knows(String name) {
        return gazetteer.lookup(name).isPresent();
    }

    /** Whether the gazetteer knows the name as a news outlet (an identity with a publishing language). */
    boolean isOutlet(String name) {
        return gazetteer.lookup(name).map(identity -> identity.lang() != null).orElse(false);
    }

    List<Entity> resolve(String text, List<Mention> recognized, LocalDate published) {
        List<Span> tokens = tokenizer.tokens(text, 0, text.length());
        List<Match> matches = gazetteerMatches(text, tokens);
        List<Match> all = new ArrayList<>(matches);
        for (Mention recognizedMention : recognized) {
            Mention m = withoutForeignEdges(text, recognizedMention);
            if (m == null) continue;
            if (HONORIFICS.contains(m.span().of(text).toLowerCase(Locale.ROOT))) continue; // "M" of "M. Dupont": the name follows
            Match candidate = new Match(m.span(), m.type(), null, false);
            boolean covered = matches.stream().anyMatch(g -> g.span.overlaps(m.span()) && g.span.end() - g.span.start() >= m.span().end() - m.span().start());
            if (!covered) {
                all.removeIf(g -> m.span().contains(g.span) && !g.role);
                all.add(candidate);
            }
        }
        all.sort(Comparator.comparingInt((Match m) -> m.span.start()));
        Map<String, String> fullNames = fullPersonNames(text, all);
        List<Entity> entities = new ArrayList<>();
        for (Match m : all) {
            String printed = m.span.of(text);
            String canonical = m.role ? roleHolder(text, m, all, fullNames, published) : m.canonical != null ? m.canonical : canonicalOf(printed, m.type, fullNames);
            if (canonical != null) entities.add(new Entity(printed, m.role ? Entity.Type.PER : m.type, canonical, m.span.start(), m.span.end()));
        }
        return entities;
    }

    private record Match(Span span, Entity.Type type, String canonical, boolean role) {
    }

    /**
     * A recognized mention without the words at its edges no name starts or ends with, in any language's speakers file
     * ({@code name.never.first}, {@code name.never.last}); null when nothing of a name is left.
     */
    Mention withoutForeignEdges(String text, Mention m) {
        List<Span> words = tokenizer.tokens(text, m.span().start(), m.span().end());
        int first = 0, last = words.size() - 1;
        while (first <= last && anyLexiconHas("name.never.first", words.get(first).of(text).toLowerCase(Locale.ROOT))) first++;
        while (last >= first && anyLexiconHas("name.never.last", words.get(last).of(text).toLowerCase(Locale.ROOT))) last--;
        if (first > last) return null;
        if (first == 0 && last == words.size() - 1) return m;
        return new Mention(new Span(words.get(first).start(), words.get(last).end()), m.type());
    }

    /** Whether some language's speakers file lists {@code word}, as written, in {@code section}. */
    private boolean anyLexiconHas(String section, String word) {
        for (SpeakerLexicon l : lexicons) if (l.has(section, word)) return true;
        return false;
    }

    /** Step 1: scan every token position for the longest known name, metonym or role description. */
    List<Match> gazetteerMatches(String text, List<Span> tokens) {
        List<Match> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Match best = null;
            int bestLength = 0;
            String first = tokens.get(i).of(text);
            if (!NOT_STARTS.contains(first) && Character.isLetterOrDigit(first.charAt(0))) {
                String previous = i > 0 ? tokens.get(i - 1).of(text).toLowerCase(Locale.ROOT) : "";
                boolean placeItself = LOCATIVES.contains(previous);
                int longest = Math.min(gazetteer.longestAliasWords() + LEADING_WORDS, tokens.size() - i);
                for (int n = 1; n <= longest; n++) {
                    Span span = new Span(tokens.get(i).start(), tokens.get(i + n - 1).end());
                    String printed = span.of(text);
                    String key = Names.key(printed);
                    if (n > LEADING_WORDS && !gazetteer.anyKeyStartsWith(key)) break;
                    Match match = known(printed, key, span, placeItself);
                    if (match != null) {
                        best = match;
                        bestLength = n;
                    }
                }
            }
            if (best != null) {
                found.add(best);
                i += bestLength;
            } else {
                i++;
            }
        }
        return found;
    }

    /** A known name at this span: a metonym stands for its state unless a preposition makes it the place itself. */
    private Match known(String printed, String key, Span span, boolean placeItself) {
        boolean capitalised = Character.isUpperCase(printed.codePointAt(0));
        if (capitalised) {
            Optional<String> state = placeItself ? Optional.empty() : gazetteer.metonymKey(key);
            if (state.isPresent()) return new Match(span, Entity.Type.LOC, state.get(), false);
            Optional<Gazetteer.Identity> identity = gazetteer.lookupKey(key);
            if (identity.isPresent() && caseFits(printed)) return new Match(span, identity.get().type(), identity.get().canonical(), false);
        }
        if (Character.isLetter(printed.codePointAt(0)) && gazetteer.isRoleKey(key)) {
            return new Match(span, Entity.Type.PER, null, true);
        }
        return null;
    }

    /** Short acronyms ("US", "UE", "AP") must be printed in capitals, or "us" and "ue" would match words. */
    private static boolean caseFits(String printed) {
        return printed.length() > 3 || printed.equals(printed.toUpperCase(Locale.ROOT));
    }

    /** Full person names in the article, by each of their last words: "trump" → "Donald Trump". */
    private Map<String, String> fullPersonNames(String text, List<Match> matches) {
        Map<String, String> bySurname = new HashMap<>();
        for (Match m : matches) {
            if (m.type != Entity.Type.PER || m.role) continue;
            String printed = m.span.of(text);
            String key = Names.key(printed);
            String[] words = key.split(" ");
            if (words.length < 2) continue;
            String canonical = m.canonical != null ? m.canonical
                    : gazetteer.lookup(printed).map(Gazetteer.Identity::canonical).orElse(withoutLeadingTitle(printed));
            bySurname.putIfAbsent(words[words.length - 1], canonical);
            bySurname.putIfAbsent(key, canonical);
        }
        return bySurname;
    }

    /** Step 3: the known identity, else the fullest form of the name in this article, else the name itself. */
    String canonicalOf(String printed, Entity.Type type, Map<String, String> fullNames) {
        if (type == Entity.Type.PER) printed = withoutLeadingTitle(printed);
        Optional<Gazetteer.Identity> identity = gazetteer.lookup(printed);
        if (identity.isPresent()) return identity.get().canonical();
        String key = Names.key(printed);
        if (type == Entity.Type.PER && fullNames.containsKey(key)) return fullNames.get(key);
        if (type == Entity.Type.PER) {
            String[] words = key.split(" ");
            String byLast = fullNames.get(words[words.length - 1]);
            if (byLast != null && words.length == 1) return byLast;
        }
        Optional<String> state = gazetteer.metonym(printed);
        if (state.isPresent()) return state.get();
        return printed.replaceAll("^(?i)(?:l['’]|le |la |les |the )", "").strip();
    }

    /** "président Trump" → "Trump": a person's name starts at its first capitalised word. */
    private static String withoutLeadingTitle(String printed) {
        Matcher m = CAPITAL.matcher(printed);
        String name = m.find() && m.start() > 0 ? printed.substring(m.start()) : printed;
        // "Mme Belloubet" → "Belloubet": an honorific is no part of the name
        String[] words = name.split(WordTokenizer.SPACES, 2);
        if (words.length == 2 && HONORIFICS.contains(words[0].replace(".", "").toLowerCase(Locale.ROOT))) return words[1];
        return name;
    }

    /** Step 4: who a role description stands for in this article. */
    private String roleHolder(String text, Match role, List<Match> all, Map<String, String> fullNames, LocalDate published) {
        String wording = role.span.of(text);
        List<Gazetteer.Role> holders = gazetteer.holders(wording);
        for (Match m : all) {
            if (m.role || m.type != Entity.Type.PER) continue;
            boolean beside = gapInTokens(text, role.span, m.span) <= APPOSITION_GAP;
            if (beside) return m.canonical != null ? m.canonical : canonicalOf(m.span.of(text), m.type, fullNames);
        }
        // of the holders the article names, the one holding the role that day ("Trump" beside "Obama" in 2020),
        // unless the role is a former one ("l'ancien chef de l'Etat"); else any holder it names
        boolean former = former(text, role.span);
        Optional<String> atDate = published == null || former ? Optional.empty() : gazetteer.holder(wording, published);
        if (atDate.isPresent() && fullNames.containsValue(atDate.get())) return atDate.get();
        for (Gazetteer.Role holder : holders) {
            if (fullNames.containsValue(holder.canonical())) return holder.canonical();
        }
        // a former role the article names no holder of is nobody the dates tell: "l'ancien député du Nord" is not the
        // deputy of that day
        if (former) return null;
        if (published != null) return atDate.orElse(null);
        Optional<LocalDate> mentioned = medianYearMentioned(text);
        return mentioned.flatMap(d -> gazetteer.holder(wording, d)).orElse(null);
    }

    /** Whether the role description opens with, or follows, a word such as "ancien", "ex", "former". */
    private boolean former(String text, Span role) {
        List<Span> before = tokenizer.tokens(text, Math.max(0, role.start() - FORMER_LOOKBACK), role.end());
        for (int i = before.size() - 1; i >= 0 && i >= before.size() - 1 - FORMER_WORDS; i--) {
            String word = before.get(i).of(text);
            if (anyLexiconHas("former", word)) return true;
        }
        return false;
    }

    private int gapInTokens(String text, Span a, Span b) {
        Span between = a.end() <= b.start() ? new Span(a.end(), b.start()) : b.end() <= a.start() ? new Span(b.end(), a.start()) : null;
        if (between == null) return Integer.MAX_VALUE;
        String gap = between.of(text);
        if (gap.contains("\n") || gap.contains(".")) return Integer.MAX_VALUE;
        return tokenizer.tokens(gap, 0, gap.length()).size();
    }

    /** An undated article is dated by the years it mentions: the middle one, on 1 July. */
    private static Optional<LocalDate> medianYearMentioned(String text) {
        List<Integer> years = new ArrayList<>();
        Matcher m = YEAR.matcher(text);
        while (m.find()) years.add(Integer.parseInt(m.group(1)));
        if (years.isEmpty()) return Optional.empty();
        years.sort(Integer::compare);
        return Optional.of(LocalDate.of(years.get(years.size() / 2), 7, 1));
    }
}
