// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads bylines ("Par: Jane Doe | 05.11.2024", "By Jane Doe and John Roe", "Von …", "Por …") and
 * signature lines, and keeps only what has the shape of a person's name: dates, desks
 * ("Rédaction"), reading times and agencies are rejected. Thread-safe: constants only.
 */
final class Bylines {

    static final Pattern BYLINE = Pattern.compile(
            "^(?:par|by|von|por|di|door|auteur|author|autor|texte|text)\\s*:?\\s+(.+)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:,|;|\\bet\\b|\\band\\b|&|\\bund\\b|\\by\\b|\\be\\b)\\s*");
    /** Where a byline's name part ends: a pipe, a date, an update notice. */
    private static final Pattern NAME_END = Pattern.compile(
            "\\s*(?:\\||•|·|—|–|\\s-\\s|\\bpubli[ée]|\\bmis à jour|\\bupdated|\\bpublished|\\baktualisiert|\\bactualizado|\\ble\\s+\\d|\\bon\\s+\\p{Lu}|\\d).*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "— Jane Doe", "Jane Doe, envoyée spéciale à Valbrune", "John Roe (Kestrelford)": the name without dash, role and place. */
    private static final Pattern SIGNATURE = Pattern.compile(
            "^[—–-]?\\s*(.+?)(?:\\s*,\\s*(?:[\\p{Ll}-]+\\s+){0,3}?(?:à|a|au|en|in|aus|desde|from)\\s+\\p{Lu}.*|\\s*\\(\\p{Lu}[^)]*\\))?\\s*\\.?$");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’-]*\\.?|\\p{Lu}\\.");
    private static final Set<String> PARTICLES = Set.of("de", "du", "des", "da", "di", "van", "von", "der", "den", "le", "la", "bin", "ben", "al", "el", "y");
    private static final Set<String> NOT_NAME_WORDS = Set.of(
            "rédaction", "redaction", "staff", "newsroom", "team", "équipe", "service", "agence", "agency", "press", "presse",
            "news", "minute", "minutes", "read", "lecture", "publié", "updated", "published", "desk", "editor", "editors",
            "afp", "reuters", "ap", "dpa", "redaktion", "privacy", "policy", "politique", "terms", "cookies", "conditions", "correspondant", "correspondent", "envoyé", "spécial", "avec", "with");

    private Bylines() {
    }

    /** Person names in a byline line, or an empty list when the line is not a byline. */
    static List<String> fromByline(String line) {
        Matcher m = BYLINE.matcher(line.strip());
        if (!m.matches()) return List.of();
        String names = NAME_END.matcher(m.group(1)).replaceFirst("");
        List<String> people = new ArrayList<>();
        for (String candidate : SEPARATORS.split(names)) {
            if (isPersonName(candidate)) people.add(candidate.strip());
        }
        return people;
    }

    /** The person signing a signature line, if the line is one. */
    static Optional<String> fromSignature(String line) {
        Matcher m = SIGNATURE.matcher(line.strip());
        if (!m.matches()) return Optional.empty();
        String name = m.group(1).strip();
        return isPersonName(name) ? Optional.of(name) : Optional.empty();
    }

    /** Whether a line could be a signature (a person's name standing alone at the end of an article). */
    static boolean isPersonName(String candidate) {
        String[] words = candidate.strip().split("\\s+");
        if (words.length < 2 || words.length > 5) return false;
        int capitalised = 0;
        for (String w : words) {
            if (NOT_NAME_WORDS.contains(w.toLowerCase(Locale.ROOT))) return false;
            if (NAME_WORD.matcher(w).matches()) {
                capitalised++;
            } else if (!PARTICLES.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return capitalised >= 2;
    }
}
