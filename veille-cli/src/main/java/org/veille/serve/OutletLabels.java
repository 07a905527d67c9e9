// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reliability labels of outlets by web domain, read from Le Monde's Décodex lists ({@code decodex_sites_DATE.csv}:
 * {@code url}, {@code url_type}, {@code note}, {@code name}, {@code description}, {@code decodex_page}). A domain's
 * subdomains share its label. The notes keep Décodex's meaning at the list's date: after 2017-03-16 a 4 means "no
 * warning" (the former grey sites, Wikipedia or petitions, were recoded 4 then), not "reliable".
 */
public final class OutletLabels {

    /** The day Décodex folded its grey sites (0) into 4: a 4 in a later list is the absence of a warning. */
    static final LocalDate FOUR_MEANS_NO_WARNING = LocalDate.of(2017, 3, 16);
    private static final Pattern LIST_DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");

    /** No label at all. */
    public static final OutletLabels NONE = new OutletLabels(Map.of());

    /**
     * One domain's label.
     *
     * @param domain      the domain, lower case, without {@code www.}
     * @param site        the site's name in the list
     * @param note        Décodex's code, 0 to 4
     * @param meaning     what the code says at the list's date, in plain words ("no warning", "satire or parody"…)
     * @param description Le Monde's description of the site, in French
     * @param page        Le Monde's page about it
     * @param list        which list said it: "Décodex 2021-04-26"
     */
    record Label(String domain, String site, int note, String meaning, String description, String page, String list) {}

    private final Map<String, Label> byDomain;

    private OutletLabels(Map<String, Label> byDomain) {
        this.byDomain = Map.copyOf(byDomain);
    }

    /** The labels of these lists, a later list's label replacing an earlier one's for the same domain. */
    public static OutletLabels read(List<Path> lists) throws IOException {
        Map<String, Label> labels = new HashMap<>();
        for (Path list : lists) {
            List<List<String>> rows = Csv.read(Files.readString(list, StandardCharsets.UTF_8));
            if (rows.isEmpty()) throw new IOException(list + " is empty");
            List<String> header = rows.getFirst();
            int url = column(header, "url", list), type = column(header, "url_type", list), note = column(header, "note", list),
                    name = column(header, "name", list), description = column(header, "description", list),
                    page = column(header, "decodex_page", list);
            LocalDate date = dateOf(list);
            String source = "Décodex" + (date == null ? "" : " " + date);
            for (List<String> row : rows.subList(1, rows.size())) {
                if (row.size() != header.size() || !row.get(type).equals("domain")) continue; // social accounts and paths name no domain
                int code;
                try {
                    code = Integer.parseInt(row.get(note).trim());
                } catch (NumberFormatException e) {
                    continue;
                }
                String domain = domain(row.get(url));
                labels.put(domain, new Label(domain, row.get(name), code, meaning(code, date), row.get(description), row.get(page), source));
            }
        }
        return new OutletLabels(labels);
    }

    private static int column(List<String> header, String name, Path list) throws IOException {
        int i = header.indexOf(name);
        if (i < 0) throw new IOException(list + " has no column " + name + ": not a Décodex list");
        return i;
    }

    /** The list's date from its name; null when it names none (its 4s are then read as "no warning", the safer reading). */
    private static LocalDate dateOf(Path list) {
        Matcher m = LIST_DATE.matcher(list.getFileName().toString());
        return m.find() ? LocalDate.parse(m.group(1)) : null;
    }

    /** What a Décodex code says, in words, at the list's date. */
    static String meaning(int note, LocalDate listDate) {
        return switch (note) {
            case 0 -> "not a source as such";
            case 1 -> "satire or parody";
            case 2 -> "regularly spreads false information";
            case 3 -> "often imprecise or unsourced";
            case 4 -> listDate != null && listDate.isBefore(FOUR_MEANS_NO_WARNING) ? "rather reliable" : "no warning";
            default -> "code " + note;
        };
    }

    private static String domain(String url) {
        String d = url.strip().toLowerCase(Locale.ROOT);
        return d.startsWith("www.") ? d.substring(4) : d;
    }

    /** The label of a domain (lower case, no {@code www.}), else of the nearest parent domain that has one. */
    Optional<Label> of(String domain) {
        if (domain == null) return Optional.empty();
        for (String d = domain; ; d = d.substring(d.indexOf('.') + 1)) {
            Label l = byDomain.get(d);
            if (l != null) return Optional.of(l);
            if (d.indexOf('.') < 0) return Optional.empty();
        }
    }

    /** The labelled domains whose label says {@code meaning}. */
    Set<String> domainsMeaning(String meaning) {
        return byDomain.values().stream().filter(l -> l.meaning().equals(meaning)).map(Label::domain).collect(Collectors.toSet());
    }

    /** Whether it holds no label. */
    public boolean isEmpty() {
        return byDomain.isEmpty();
    }

    /** How many domains have a label. */
    public int size() {
        return byDomain.size();
    }
}
