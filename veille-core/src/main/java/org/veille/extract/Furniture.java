// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The vocabulary of page furniture, in French, English, German and Spanish: what a line says when it
 * is a menu, a consent banner, a share prompt, a "read also" link, a credit or a legal notice rather
 * than the article. Selectors are data (after trafilatura's xpaths.py): each pattern is named for
 * what it catches, and {@link #kindOf} reads them in order; a menu row is recognised by its shape
 * ({@link #isMenuRow}) since its words are the site's own. Thread-safe: constants only.
 */
final class Furniture {

    /** Why a line is not article text. */
    enum Kind { CONSENT, SOCIAL, RELATED, NAVIGATION, LEGAL, CAPTION, TAGS, METADATA, CONTACT, PROMO }

    // The vocabularies are lower case and matched against the lower-cased line; phrases found anywhere in
    // a line are Vocabulary objects, tried only where a word starts (see there why).
    static final Vocabulary CONSENT = Vocabulary.of(
            "cookies?\\b|traceurs|vous consentez|you consent|\\brgpd\\b|\\bgdpr\\b|tout accepter|tout refuser"
            + "|param[ée]trer vos choix|accept all|reject all|manage (your )?preferences|privacy (policy|settings)"
            + "|politique de confidentialit[ée]|datenschutz|alle akzeptieren|política de privacidad|aceptar todo");
    static final Pattern SOCIAL = Pattern.compile(
            "^(suivez|suivre|retrouvez|rejoignez|follow|join|folgen sie|síguenos|siguenos)\\b.{0,60}"
            + "(telegram|facebook|twitter|\\bx\\b|instagram|youtube|tiktok|whatsapp|linkedin|threads|bluesky|mastodon|vk|google news|r[ée]seaux sociaux|social media)"
            + "|^(partager|partagez|share|teilen|compartir|tweet|tweeter|imprimer|print|envoyer|e-?mail)(\\s+(sur|on|this|l'article|cet article).*)?$");
    static final Pattern RELATED = Pattern.compile(
            "^(lire aussi|[àa] lire aussi|[àa] lire [ée]galement|lire [ée]galement|voir aussi|[àa] voir aussi|sur le m[êe]me sujet"
            + "|dans la m[êe]me rubrique|plus d'articles|articles similaires|articles li[ée]s|nos articles|read more|read also|see also"
            + "|related( articles| stories)?|(tous les |all )?articles (par|by|de)\\s*:|more (articles|stories|from)|recommended|lesen sie auch|mehr zum thema|auch interessant"
            + "|lee tambi[ée]n|m[áa]s informaci[óo]n|te puede interesar|noticias relacionadas|vous aimerez (aussi|[ée]galement)|[àa] d[ée]couvrir aussi"
            + "|you (may|might) also like|read next|more from|[äa]hnliche (beitr[äa]ge|artikel|nachrichten|themen)|weitere (beitr[äa]ge|artikel|nachrichten)"
            + "|(das|dies|das thema|diese artikel) k[öo]nnten? (dich|sie|euch) auch interessieren|zum weiterlesen|entdecke weitere|discover (our|more)|d[ée]couvrez (aussi|[ée]galement|nos)|ces articles pourraient vous int[ée]resser|empfohlene beitr[äa]ge|top[- ]themen|lust auf mehr|czytaj (tak[żz]e|r[óo]wnie[żz])|zobacz (te[żz]|tak[żz]e))\\b");
    /** Languages whose furniture words are known: {@code navigation-<code>.txt} beside this class. */
    private static final List<String> LANGUAGES = List.of("fr", "en", "de", "es");
    /** A line saying only one of these (trailing punctuation aside) is a menu item, a button or a reading tool. */
    static final Set<String> NAVIGATION_WORDS = phrases("navigation");
    static final Vocabulary LEGAL = Vocabulary.of("©|\\(c\\)\\s*\\d{4}"
            + "|copyright|tous droits r[ée]serv[ée]s|all rights reserved|alle rechte vorbehalten"
            + "|todos los derechos|droit d'auteur|droits d'auteur|reproduction (interdite|totale ou partielle)|permission de reproduire"
            + "|avis de non-responsabilit[ée]|\\bdisclaimer\\b|les opinions exprim[ée]es|n'engagent que|mentions l[ée]gales"
            + "|conditions g[ée]n[ée]rales|terms of (use|service)|impressum\\b|utilisation [ée]quitable|fair use"
            + "|written permission|without (prior )?permission|autorisation (pr[ée]alable|[ée]crite)|schriftliche[rn]? (genehmigung|zustimmung)"
            + "|(is|are) not responsible for the (opinions|content)|keine (haftung|gew[äa]hr) f[üu]r"
            + "|affiliate[- ]?(links?|partner|programm?e?)|partnerlinks?|provisionslinks?|(earn|receive) (a )?(small )?(commission|compensation)|(one or more )?of our advertisers|(eine|erhalten|erh[äa]lt) (\\p{L}+ )?(eine )?provision");
    static final Pattern CAPTION = Pattern.compile(
            "^(photo(graph)?|photographie|cr[ée]dit photo|cr[ée]dits?|image|illustration|foto|fotos|bild|bildquelle|titelbild|beitragsbild"
            + "|abbildung(\\s*\\d+)?|abb\\.\\s*\\d*|fig(ure|\\.)\\s*\\d+)\\s*:"
            + "|^[^.!?]{0,80},\\s*(photo|foto|image|bild)\\s*:"); // "Jean Morel, photo: Agency"
    static final Vocabulary CAPTION_WORDS = Vocabulary.of(
            "\\((photo|image|foto|credit|cr[ée]dit|bild|quelle)\\s*:?[^)]*\\)\\s*$|(photo|foto|bild)\\s*:\\s*[^/:]{2,40}/\\s*\\S+\\s*$|getty images|afp photo|reuters/|shutterstock\\b|sipa\\b");
    /**
     * A photo credit: "© Name / Agency", "© Name Source: Agency", or "Name / Agency" closing a caption. It
     * names a photographer or a picture agency, never the outlet; case-sensitive, the capitals tell the names.
     */
    static final Pattern PHOTO_CREDIT = Pattern.compile(
            "©\\s*\\p{Lu}[^©/\\d]{0,60}(?:/|(?i:source)\\s*:)"
            + "|(?:^|\\s)\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,3}\\s?/\\s?\\p{Lu}[\\p{L}'’ .-]{1,40}$");
    /** A caption is a sentence or two; a longer line ending in "X / Y" is prose. */
    private static final int MAX_CAPTION_CHARS = 300;
    static final Pattern METADATA = Pattern.compile(
            "^(r[ée]gion|th[èe]me|rubrique|cat[ée]gories?|tags?|mots[- ]cl[ée]s|sujets?|keywords|topics?|section|themen|schlagw[öo]rter|etiquetas)\\s*:");
    /** A page's own address under a label: "Permalink https://…", "Lien permanent : https://…". */
    static final Pattern PERMALINK = Pattern.compile("^(permalien|permalink|lien permanent|short ?link|kurz-?link|kurz-url|enlace permanente)\\s*:?\\s*https?://\\S+$");
    static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.]+");
    static final Pattern CONTACT = Pattern.compile("^(contact|contactez|kontakt|contacto)\\b");
    static final Pattern PROMO = Pattern.compile(
            "^(abonnez-vous|inscrivez-vous|t[ée]l[ée]chargez l'application|sign up|subscribe to|get the app|download (our|the) app"
            + "|newsletter|rabais|promo|offre sp[ée]ciale|special offer|jetzt abonnieren|suscr[íi]bete|subscribe now|hazte (miembro|socio)"
            + "|to (view|read) the full (story|article)|already a subscriber|pour lire la suite|d[ée]j[àa] abonn[ée]|we rely on your support|support (our|local|independent) journalism"
            + "|jede (kleine )?spende|unterst[üu]tzen sie|war (der|dieser) artikel (n[üu]tzlich|hilfreich)|was this (article|page) helpful|(diesen )?artikel bewerten|rate this (article|post)"
            + "|rezept drucken|print recipe|kommentare (schreiben|geschlossen)|comments are closed|advertising disclosure"
            + "|unterst[üu]tze\\b|jetzt\\b.{0,50}\\b(anmelden|abonnieren|registrieren|bestellen))\\b"
            + "|^(anzeige|werbung|advertisement|publicit[ée]|publicidad)\\s*[-–:|,]");
    static final Vocabulary PROMO_WORDS = Vocabulary.of(
            "(inscrivez-vous|abonnez-vous) (à|a) (notre|la) newsletter|sign up for (our|the) newsletter"
            // Support and subscription pitches, wherever the box puts them.
            + "|if you (enjoyed|liked|value) (reading )?(this|our)|would you consider supporting|support (our|my) work|unterst[üu]tzen sie (uns (mit|durch|jetzt)|unsere arbeit|unseren journalismus|diese form)"
            + "|first-time subscribers|already a subscriber|d[ée]j[àa] abonn[ée]|(receive|get|recevez|erhalten sie) (our|notre|unseren?) (\\p{L}+ )?newsletter"
            + "|download (the|our) [\\p{L} ]{0,30}\\bapps?\\b|t[ée]l[ée]chargez (notre|l')appli"
            // Paywalls and the subscription offers around them.
            + "|r[ée]serv[ée]e?s? aux abonn[ée]s|il vous reste \\d+\\s*% de cet article|la suite est r[ée]serv[ée]e|acc[ée]dez [àa] tous nos (articles|contenus)"
            + "|\\d+ mois offerts?|essai gratuit|(for|only for) subscribers|subscribers only|(nur|exklusiv) f[üu]r abonnenten|solo para suscriptores"
            + "|votre navigateur n'est (pas [àa] jour|plus support[ée])|ce contenu n'est pas disponible|lecture\\s*:?\\s*\\d+\\s*min"
            + "|zapraszamy (też |także )?do subskrypcji|subskrybuj|canal de (telegram|youtube|whatsapp)|(telegram|whatsapp|youtube)[- ]?(kanal|channel)"
            // Reading tools and the comment form around the article.
            + "|(gefällt mir|like|j[’']aime|me gusta) (wird geladen|loading|chargement|cargando)|\\d*pdf\\s*\\|\\s*\\d+([.,]\\d+)?\\s*[km]b\\b"
            + "|als pdf herunterladen|download (this |the )?(article |page )?as (a )?pdf|t[ée]l[ée]charger (en|au format) pdf"
            + "|den (artikel|beitrag) teilen|share this (article|story|post)|partagez cet article|compartir (este|esta) (art[íi]culo|nota|noticia)"
            + "|(must|need to) be logged in|(eingeloggt|angemeldet) sein,? um (einen |zu )?kommentar|nicht eingeloggt|will not be published|wird nicht ver[öo]ffentlicht|ne sera pas publi[ée]"
            + "|akismet|comment data is processed|kommentardaten verarbeitet|no ser[áa] publicad|noch keine bewertungen|no ratings yet|\\(\\d+ (rezepte|bewertungen|ratings|reviews|avis)\\)"
            + "|\\d+\\s*(min|minutes?|minuten|minut)\\.?\\s*(read|lesezeit|de lecture|czytania|de lectura)|lesezeit\\s*:|reading time|temps de lecture|tiempo de lectura"
            + "|(you are using|vous utilisez|sie verwenden|usted est[áa] usando) (an? |une? |einen )?(outdated |veralteten )?(browser|navigateur|navegador)"
            + "|(wir respektieren|we respect|nous respectons) (deine|ihre|your|votre) (privatsph[äa]re|privacy|vie priv[ée]e)");
    /** The pitch of a newsletter box: where the mail will arrive, or the address it asks for. */
    static final Vocabulary NEWSLETTER_PITCH = Vocabulary.of(
            "(in your inbox|dans votre bo[îi]te(?: mail| e-?mail| aux lettres| de r[ée]ception)|in ihr(?:em)? (?:e-mail-)?postfach"
            + "|en tu (?:correo|bandeja de entrada)|enter your e-?mail|votre adresse e-?mail|ihre e-?mail-adresse)\\b");
    /** A short line naming a newsletter is its box ("Je m'inscris à la newsletter"), not the article. */
    static final Vocabulary NEWSLETTER = Vocabulary.of("(newsletter|infolettre|lettre d'information)\\b");
    private static final int MAX_PROMPT_WORDS = 12;
    /** A line of hashtags: most of its words start with '#' and hold a letter ("#1" is a rank, not a tag). */
    static final Pattern HASHTAG = Pattern.compile("#[\\p{L}\\p{N}_]*\\p{L}[\\p{L}\\p{N}_]*");

    /** What separates the items of a menu row when the capture keeps it: runs of spaces, tabs, pipes, bullets, arrows. */
    private static final Pattern ROW_SEPARATOR = Pattern.compile("\\s{2,}|\\t|\\s*[|•·›»>]\\s*");
    private static final int MAX_ITEM_WORDS = 4;
    /** Longer lines are prose or notices: no menu row, no navigation word, is this long. */
    private static final int MAX_ROW_CHARS = 200;
    private static final int MAX_NAVIGATION_CHARS = 40;
    /** A row of single-spaced items ("Accueil Actualité Faits divers Sports") needs this many to be a menu. */
    private static final int MIN_SPACED_ITEMS = 4;
    /** Lower-case words an item may carry after its capital ("Faits divers", "Se connecter"). */
    private static final int MAX_ITEM_TAIL = 2;
    /** Words of sentences, never of menu items: a row holding one is a headline. */
    static final Set<String> FUNCTION_WORDS = phrases("function");
    private static final Pattern ITEM_END = Pattern.compile("[.;!?]$");
    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[.,;:!?«»\"“”()]");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s:.!»«]+$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private Furniture() {
    }

    /** The phrases of every language's {@code <name>-<code>.txt}: one a line, lower case, '#' starting a comment. */
    static Set<String> phrases(String name) {
        Set<String> phrases = new HashSet<>();
        for (String language : LANGUAGES) {
            String resource = name + "-" + language + ".txt";
            try (InputStream in = Furniture.class.getResourceAsStream(resource)) {
                if (in == null) throw new IllegalStateException("missing word list on the class path: " + resource);
                new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                        .filter(line -> !line.isEmpty() && !line.startsWith("#")).forEach(phrases::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read word list " + resource, e);
            }
        }
        return Set.copyOf(phrases);
    }

    /** What kind of furniture the line is, or null when it may be article text. */
    static Kind kindOf(String line) {
        String t = line.strip();
        Kind byWords = kindByWords(t);
        if (byWords != null) return byWords;
        return isMenuRow(t) ? Kind.NAVIGATION : null;
    }

    /**
     * Whether a line is navigation for its shape alone, single-spaced capitalised words with no separator and none of
     * furniture's words: title case has that shape too ("Keep Your Teeth Healthy", "Accueil Actualité Sport Météo").
     */
    static boolean isSpacedRowOnly(String line) {
        String t = line.strip();
        return kindByWords(t) == null && items(t).size() == 1 && isMenuRow(t);
    }

    /** What kind of furniture the line's words say it is, or null. */
    private static Kind kindByWords(String t) {
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.length() <= MAX_NAVIGATION_CHARS && NAVIGATION_WORDS.contains(TRAILING_PUNCTUATION.matcher(lower).replaceAll(""))) {
            return Kind.NAVIGATION;
        }
        if (isHashtagLine(t)) return Kind.TAGS;
        if (PERMALINK.matcher(lower).matches()) return Kind.NAVIGATION;
        if (CONSENT.count(lower, cuesNeeded(t)) >= cuesNeeded(t)) return Kind.CONSENT;
        if (SOCIAL.matcher(lower).lookingAt()) return Kind.SOCIAL;
        if (RELATED.matcher(lower).lookingAt()) return Kind.RELATED;
        if (METADATA.matcher(lower).lookingAt()) return Kind.METADATA;
        if (PROMO.matcher(lower).lookingAt() || PROMO_WORDS.foundIn(lower) || NEWSLETTER_PITCH.foundIn(lower)
                || (NEWSLETTER.foundIn(lower) && TextCaptureExtractor.wordCount(t) <= MAX_PROMPT_WORDS)) {
            return Kind.PROMO;
        }
        if (CAPTION.matcher(lower).lookingAt() || CAPTION_WORDS.foundIn(lower) || (t.length() <= MAX_CAPTION_CHARS && mayHoldCredit(t) && PHOTO_CREDIT.matcher(t).find())) {
            return Kind.CAPTION;
        }
        if (LEGAL.count(lower, cuesNeeded(t)) >= cuesNeeded(t)) return Kind.LEGAL;
        if (t.length() < 200 && (CONTACT.matcher(lower).lookingAt() || (t.indexOf('@') >= 0 && EMAIL.matcher(t).find()))) return Kind.CONTACT;
        return null;
    }

    /**
     * A menu or button row: short capitalised items, either kept apart by the capture ("Europe   Business",
     * "Site | Ville | Rubrique") or single-spaced but many and without a word of a sentence in them.
     */
    static boolean isMenuRow(String line) {
        String t = line.strip();
        if (t.length() > MAX_ROW_CHARS || t.isEmpty() || t.indexOf(',') >= 0) return false; // no item holds a comma
        if (Character.isLowerCase(t.codePointAt(0))) return false; // nor starts in lower case
        List<String> items = items(t);
        if (items.size() >= 2) {
            for (String item : items) {
                if (!isMenuItem(item)) return false;
            }
            return true;
        }
        return isSpacedMenu(t);
    }

    /** The items of a row, split at separators; a single item when the line has none. */
    static List<String> items(String line) {
        List<String> items = new ArrayList<>();
        for (String item : ROW_SEPARATOR.split(line)) {
            if (!item.isBlank()) items.add(item.strip());
        }
        return items;
    }

    /** "Faits divers", "Partager : Facebook": a capital first, a few words, no sentence inside. */
    private static boolean isMenuItem(String item) {
        if (!Character.isLetter(item.codePointAt(0)) && item.charAt(0) != '#') return false;
        if (Character.isLowerCase(item.codePointAt(0))) return false;
        if (item.contains(",") || ITEM_END.matcher(item).find()) return false;
        return TextCaptureExtractor.wordCount(item) <= MAX_ITEM_WORDS;
    }

    private static boolean isSpacedMenu(String line) {
        if (SENTENCE_PUNCTUATION.matcher(line).find()) return false;
        int items = 0;
        int tail = 0;
        for (String w : WHITESPACE.split(line)) {
            if (FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT))) return false;
            if (Character.isUpperCase(w.codePointAt(0))) {
                items++;
                tail = 0;
            } else if (items == 0 || ++tail > MAX_ITEM_TAIL) {
                return false;
            }
        }
        return items >= MIN_SPACED_ITEMS;
    }

    /** Both forms of photo credit hold a slash or a copyright sign: lines without either skip the pattern. */
    private static boolean mayHoldCredit(String line) {
        return line.indexOf('/') >= 0 || line.indexOf('©') >= 0;
    }

    /** A long line is prose that may mention cookies or copyright once; a banner or notice repeats its vocabulary. */
    private static int cuesNeeded(String line) {
        return line.length() > 200 ? 2 : 1;
    }

    static boolean isHashtagLine(String line) {
        if (line.indexOf('#') < 0) return false;
        String[] words = line.strip().split("\\s+");
        if (words.length == 0) return false;
        int tags = 0;
        for (String w : words) {
            if (HASHTAG.matcher(w).lookingAt()) tags++;
        }
        return tags >= 1 && tags * 10 >= words.length * 6;
    }
}
