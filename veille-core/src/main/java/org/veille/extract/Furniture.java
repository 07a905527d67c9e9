// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The vocabulary of page furniture, in French, English, German and Spanish: what a line says when it
 * is a menu, a consent banner, a share prompt, a "read also" link, a credit or a legal notice rather
 * than the article. Selectors are data (after trafilatura's xpaths.py): each pattern is named for
 * what it catches, and {@link #kindOf} reads them in order. Thread-safe: constants only.
 */
final class Furniture {

    /** Why a line is not article text. */
    enum Kind { CONSENT, SOCIAL, RELATED, NAVIGATION, LEGAL, CAPTION, TAGS, METADATA, CONTACT, PROMO }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    static final Pattern CONSENT = Pattern.compile(
            "\\bcookies?\\b|traceurs|vous consentez|you consent|\\bRGPD\\b|\\bGDPR\\b|tout accepter|tout refuser"
            + "|param[ée]trer vos choix|accept all|reject all|manage (your )?preferences|privacy (policy|settings)"
            + "|politique de confidentialit[ée]|datenschutz|alle akzeptieren|política de privacidad|aceptar todo",
            FLAGS);
    static final Pattern SOCIAL = Pattern.compile(
            "^(suivez|suivre|retrouvez|rejoignez|follow|join|folgen sie|síguenos|siguenos)\\b.{0,60}"
            + "(telegram|facebook|twitter|\\bx\\b|instagram|youtube|tiktok|whatsapp|linkedin|threads|bluesky|mastodon|vk|google news|r[ée]seaux sociaux|social media)"
            + "|^(partager|partagez|share|teilen|compartir|tweet|tweeter|imprimer|print|envoyer|e-?mail)(\\s+(sur|on|this|l'article|cet article).*)?$",
            FLAGS);
    static final Pattern RELATED = Pattern.compile(
            "^(lire aussi|[àa] lire aussi|[àa] lire [ée]galement|lire [ée]galement|voir aussi|[àa] voir aussi|sur le m[êe]me sujet"
            + "|dans la m[êe]me rubrique|plus d'articles|articles similaires|articles li[ée]s|nos articles|read more|read also|see also"
            + "|related( articles| stories)?|(tous les |all )?articles (par|by|de)\\s*:|more (articles|stories|from)|recommended|lesen sie auch|mehr zum thema|auch interessant"
            + "|lee tambi[ée]n|m[áa]s informaci[óo]n|te puede interesar)\\b",
            FLAGS);
    static final Set<String> NAVIGATION_WORDS = Set.of(
            "retour", "back", "accueil", "home", "menu", "ok", "fermer", "close", "rechercher", "search",
            "se connecter", "connexion", "log in", "login", "sign in", "s'abonner", "abonnez-vous", "subscribe",
            "newsletter", "vidéo du jour", "video du jour", "à la une", "a la une", "en direct", "live", "top",
            "publicité", "advertisement", "anzeige", "publicidad", "zurück", "volver",
            "suivant", "précédent", "next", "previous", "skip to main content", "skip to content", "aller au contenu",
            "aller au contenu principal", "passer au contenu", "commentaires", "comments", "réagir", "sponsorisé", "sponsored");
    static final Pattern LEGAL = Pattern.compile(
            "copyright|©|\\(c\\)\\s*\\d{4}|tous droits r[ée]serv[ée]s|all rights reserved|alle rechte vorbehalten"
            + "|todos los derechos|droit d'auteur|droits d'auteur|reproduction (interdite|totale ou partielle)|permission de reproduire"
            + "|avis de non-responsabilit[ée]|\\bdisclaimer\\b|les opinions exprim[ée]es|n'engagent que|mentions l[ée]gales"
            + "|conditions g[ée]n[ée]rales|terms of (use|service)|\\bimpressum\\b|utilisation [ée]quitable|fair use",
            FLAGS);
    static final Pattern CAPTION = Pattern.compile(
            "^(photo|cr[ée]dit photo|cr[ée]dits?|image|illustration|foto|bild)\\s*:|\\((photo|image|foto)\\s*:?[^)]*\\)\\s*$"
            + "|getty images|afp photo|reuters/|\\bshutterstock\\b|\\bsipa\\b",
            FLAGS);
    static final Pattern METADATA = Pattern.compile(
            "^(r[ée]gion|th[èe]me|rubrique|cat[ée]gories?|tags?|mots[- ]cl[ée]s|sujets?|keywords|topics?|section|themen|schlagw[öo]rter|etiquetas)\\s*:",
            FLAGS);
    static final Pattern CONTACT = Pattern.compile(
            "[\\w.+-]+@[\\w-]+\\.[\\w.]+|^(contact|contactez|kontakt|contacto)\\b", FLAGS);
    static final Pattern PROMO = Pattern.compile(
            "^(abonnez-vous|inscrivez-vous|t[ée]l[ée]chargez l'application|sign up|subscribe to|get the app|download (our|the) app"
            + "|newsletter|rabais|promo|offre sp[ée]ciale|special offer|jetzt abonnieren|suscr[íi]bete)\\b"
            + "|\\b(inscrivez-vous|abonnez-vous) (à|a) (notre|la) newsletter|sign up for (our|the) newsletter",
            FLAGS);
    /** A line of hashtags: most of its words start with '#'. */
    static final Pattern HASHTAG = Pattern.compile("#[\\p{L}\\p{N}_]+");

    private Furniture() {
    }

    /** What kind of furniture the line is, or null when it may be article text. */
    static Kind kindOf(String line) {
        String t = line.strip();
        String lower = t.toLowerCase(Locale.ROOT).replaceAll("[\\s:.!»«]+$", "");
        if (NAVIGATION_WORDS.contains(lower)) return Kind.NAVIGATION;
        if (isHashtagLine(t)) return Kind.TAGS;
        if (cues(CONSENT, t) >= cuesNeeded(t)) return Kind.CONSENT;
        if (SOCIAL.matcher(t).find()) return Kind.SOCIAL;
        if (RELATED.matcher(t).find()) return Kind.RELATED;
        if (METADATA.matcher(t).find()) return Kind.METADATA;
        if (PROMO.matcher(t).find()) return Kind.PROMO;
        if (CAPTION.matcher(t).find()) return Kind.CAPTION;
        if (cues(LEGAL, t) >= cuesNeeded(t)) return Kind.LEGAL;
        if (t.length() < 200 && CONTACT.matcher(t).find()) return Kind.CONTACT;
        return null;
    }

    /** A long line is prose that may mention cookies or copyright once; a banner or notice repeats its vocabulary. */
    private static int cuesNeeded(String line) {
        return line.length() > 200 ? 2 : 1;
    }

    private static int cues(Pattern vocabulary, String line) {
        return (int) vocabulary.matcher(line).results().count();
    }

    static boolean isHashtagLine(String line) {
        String[] words = line.strip().split("\\s+");
        if (words.length == 0) return false;
        int tags = 0;
        for (String w : words) {
            if (w.startsWith("#") && w.length() > 1) tags++;
        }
        return tags >= 1 && tags * 10 >= words.length * 6;
    }
}
