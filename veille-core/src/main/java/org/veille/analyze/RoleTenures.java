// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns dated {@link RoleMiner} sightings into the terms of roles that name one person at a time, the rows of
 * roles-mined-fr.tsv. Rules, in order, for each role wording (compared by {@link Names#key}):
 * <ol>
 *   <li>a person seen with it in fewer than {@link #MIN_ARTICLES} distinct articles, or on fewer than
 *       {@link #MIN_DAYS} days, or never once set apart from it by a comma (a name printed right after a role
 *       may end a proper noun: "professeur à l'université George Washington"), is left out;</li>
 *   <li>taking persons from the most seen down, one who has {@link #INTRUSION} of their sightings inside the
 *       central span of a holder already kept, or the reverse, is a stray (a foreign holder of the same title, a misspelling) when the other is seen
 *       {@link #DOMINANCE} times as often, and is left out; else the two hold it at once ("député du Nord", "ministre de la Justice" of several countries)
 *       and the wording is rejected;</li>
 *   <li>a wording whose holders left account for less than {@link #MIN_COVERAGE} of the articles printing it
 *       beside a name is rejected: its meaning depends on the article ("le président du parti");</li>
 *   <li>the holders left, in order of their first sighting, hold it from that day until the successor's first
 *       sighting (the gazetteer's {@code to} is exclusive) or {@link #TERM_MARGIN_DAYS} after their last
 *       sighting, whichever comes first; a holder's sightings more than {@link #MAX_GAP_DAYS} apart make two
 *       terms.</li>
 * </ol>
 * Collects sightings one by one; not thread-safe.
 */
public final class RoleTenures {

    /** Distinct articles a person must be seen in with a role: one or two sightings are as often misreadings. */
    public static final int MIN_ARTICLES = 3;
    /** Distinct days of those articles: a burst of copies of one story ("le ministre de la Défense de 1993") is one sighting. */
    public static final int MIN_DAYS = 3;
    /**
     * Days a term runs on after its last sighting. The corpus ends in the past, so no term is left open: a minister
     * in office is printed every few days to weeks in a national news stream, so a month without a sighting says
     * nothing more than that the person may have left; past it the table would name a holder it has no evidence for.
     */
    public static final int TERM_MARGIN_DAYS = 30;
    /** Share of a person's sightings inside another's central span that makes them hold the role at once. */
    static final double INTRUSION = 0.25;
    /** How many times as often the other holder must be seen for a one-way intruder to be a stray, not a rival. */
    static final int DOMINANCE = 3;
    /**
     * Share of all the articles printing a wording beside a name that its kept holders must account for: a wording
     * whose meaning depends on the article ("le président du parti", "le maire de la capitale", "l'avocat de la
     * famille") is printed beside many people, each too rarely to count, and names no one office.
     */
    static final double MIN_COVERAGE = 0.75;
    /**
     * Days without a sighting that split a holder's term: "maire de Tourcoing" seen in 2016 and again in 2020 says
     * nothing of the years between (another mayor held it), so each run of sightings is a term of its own.
     */
    static final int MAX_GAP_DAYS = 365;
    /** The central span of a person's sightings: from this quantile of their dates to its complement. */
    private static final double CENTRAL = 0.1;

    /** One term of a role, with the evidence behind it. */
    public record Term(Gazetteer.Role role, int articles, LocalDate firstSeen, LocalDate lastSeen) {
    }

    /** A role wording left out, and why. */
    public record Rejection(String role, String reason) {
    }

    /** The terms kept and the wordings rejected. */
    public record Result(List<Term> terms, List<Rejection> rejections) {
    }

    /** role key → person key → article → date. */
    private final Map<String, Map<String, Map<String, LocalDate>>> seen = new TreeMap<>();
    private final Map<String, Map<String, Integer>> roleForms = new HashMap<>();
    private final Map<String, Map<String, Integer>> personForms = new HashMap<>();
    /** The role and person keys seen at least once set apart by a comma. */
    private final Set<String> commaSet = new HashSet<>();

    /** Adds one sighting from an article published on {@code date}. */
    public void add(RoleMiner.Sighting sighting, String article, LocalDate date) {
        String role = Names.key(sighting.role());
        String person = Names.key(sighting.person());
        seen.computeIfAbsent(role, k -> new TreeMap<>()).computeIfAbsent(person, k -> new HashMap<>()).putIfAbsent(article, date);
        if (sighting.comma()) commaSet.add(role + "\t" + person);
        roleForms.computeIfAbsent(role, k -> new HashMap<>()).merge(sighting.role(), 1, Integer::sum);
        personForms.computeIfAbsent(person, k -> new HashMap<>()).merge(sighting.person(), 1, Integer::sum);
    }

    /** The terms of every role wording that names one person at a time, by wording then date. */
    public Result result() {
        List<Term> terms = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        seen.forEach((role, persons) -> {
            List<Holder> holders = new ArrayList<>();
            persons.forEach((person, articles) -> {
                if (articles.size() >= MIN_ARTICLES && new HashSet<>(articles.values()).size() >= MIN_DAYS
                        && commaSet.contains(role + "\t" + person)) holders.add(new Holder(person, articles.values().stream().sorted().toList()));
            });
            if (holders.isEmpty()) return;
            String wording = mostAccented(roleForms.get(role));
            // the most seen first, so strays are weighed against the holder they intrude on, not against each other
            holders.sort(Comparator.comparingInt((Holder h) -> h.dates.size()).reversed().thenComparing(Holder::person));
            List<Holder> kept = new ArrayList<>();
            for (Holder minor : holders) {
                boolean stray = false;
                for (Holder major : kept) {
                    if (minor.shareInside(major) < INTRUSION && major.shareInside(minor) < INTRUSION) continue;
                    if (major.dates.size() < DOMINANCE * minor.dates.size()) {
                        rejections.add(new Rejection(wording, "holders interleave: " + major.person + " " + major.dates.size() + ", " + minor.person + " " + minor.dates.size()));
                        return;
                    }
                    stray = true;
                }
                if (!stray) kept.add(minor);
            }
            int all = persons.values().stream().mapToInt(Map::size).sum();
            int held = kept.stream().mapToInt(h -> h.dates.size()).sum();
            if (held < MIN_COVERAGE * all) {
                rejections.add(new Rejection(wording, "holders cover " + held + " of " + all + " sightings"));
                return;
            }
            kept.sort(Comparator.comparing(Holder::first));
            for (int i = 0; i < kept.size(); i++) {
                Holder h = kept.get(i);
                LocalDate successor = i + 1 < kept.size() ? kept.get(i + 1).first() : null;
                String canonical = mostFrequent(personForms.get(h.person));
                for (List<LocalDate> run : runs(h.dates)) {
                    LocalDate to = run.getLast().plusDays(TERM_MARGIN_DAYS);
                    if (successor != null && successor.isBefore(to)) to = successor;
                    if (!to.isAfter(run.getFirst())) continue;
                    terms.add(new Term(new Gazetteer.Role(wording, canonical, run.getFirst(), to), run.size(), run.getFirst(), run.getLast()));
                }
            }
        });
        return new Result(List.copyOf(terms), List.copyOf(rejections));
    }

    /** Sorted dates cut where two sightings are more than {@link #MAX_GAP_DAYS} apart. */
    private static List<List<LocalDate>> runs(List<LocalDate> dates) {
        List<List<LocalDate>> runs = new ArrayList<>();
        List<LocalDate> run = new ArrayList<>();
        for (LocalDate d : dates) {
            if (!run.isEmpty() && run.getLast().plusDays(MAX_GAP_DAYS).isBefore(d)) {
                runs.add(run);
                run = new ArrayList<>();
            }
            run.add(d);
        }
        runs.add(run);
        return runs;
    }

    /** One person's sightings with a role, as the dates of distinct articles in order. */
    private record Holder(String person, List<LocalDate> dates) {
        LocalDate first() {
            return dates.getFirst();
        }

        LocalDate last() {
            return dates.getLast();
        }

        LocalDate low() {
            return dates.get((int) Math.floor(CENTRAL * (dates.size() - 1)));
        }

        LocalDate high() {
            return dates.get((int) Math.ceil((1 - CENTRAL) * (dates.size() - 1)));
        }

        /** The share of these dates inside the other's central span. */
        double shareInside(Holder other) {
            long inside = dates.stream().filter(d -> !d.isBefore(other.low()) && !d.isAfter(other.high())).count();
            return (double) inside / dates.size();
        }
    }

    /** The printed form seen most, preferring the one with the most accented letters ("État" over "Etat"). */
    private static String mostAccented(Map<String, Integer> forms) {
        return forms.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Integer>>comparingLong(e -> accents(e.getKey())).thenComparing(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow().getKey();
    }

    private static String mostFrequent(Map<String, Integer> forms) {
        return forms.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue).thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow().getKey();
    }

    private static long accents(String s) {
        return s.chars().filter(c -> c >= 0x80).count();
    }
}
