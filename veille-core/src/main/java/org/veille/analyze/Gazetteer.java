// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Known identities: people, organisations, places and outlets with their names in several languages
 * (gazetteer.tsv), the descriptions that stand for a person at a given date (roles.tsv: "secrétaire
 * général de l'OTAN" is Stoltenberg until October 2024, then Rutte; then roles-mined-fr.tsv, French roles mined
 * from dated news, "ministre de l'Intérieur", of which a wording roles.tsv has is skipped), and places that stand for a state
 * (metonyms.tsv: "le Kremlin" → Russia). Loaded once from the class path; immutable and thread-safe.
 */
public final class Gazetteer {

    /** Role terms mined from dated French news by {@code veille bench roles}, read after roles.tsv. */
    static final String MINED_ROLES = "roles-mined-fr.tsv";

    /** One known identity. lang is the publishing language of an outlet, else null. */
    public record Identity(Entity.Type type, String canonical, String lang) {
    }

    /** A description that names one person during a term. to is null while in office. */
    public record Role(String wording, String canonical, LocalDate from, LocalDate to) {
        boolean heldOn(LocalDate date) {
            return !date.isBefore(from) && (to == null || date.isBefore(to));
        }
    }

    private final Map<String, Identity> byAlias;
    private final Map<String, List<Role>> rolesByWording;
    private final Map<String, String> metonyms;
    private final int longestAliasWords;
    /** Every key the gazetteer answers (aliases, role wordings, metonyms), sorted: a scan stops extending a span no key begins with. */
    private final String[] sortedKeys;

    private Gazetteer(Map<String, Identity> byAlias, Map<String, List<Role>> rolesByWording, Map<String, String> metonyms) {
        this.byAlias = Map.copyOf(byAlias);
        this.rolesByWording = Map.copyOf(rolesByWording);
        this.metonyms = Map.copyOf(metonyms);
        int longest = 1;
        for (String k : byAlias.keySet()) longest = Math.max(longest, k.split(" ").length);
        for (String k : rolesByWording.keySet()) longest = Math.max(longest, k.split(" ").length);
        this.longestAliasWords = longest;
        TreeSet<String> keys = new TreeSet<>(byAlias.keySet());
        keys.addAll(rolesByWording.keySet());
        keys.addAll(metonyms.keySet());
        this.sortedKeys = keys.toArray(String[]::new);
    }

    /** The gazetteer shipped with Veille. */
    public static Gazetteer standard() {
        return load(true);
    }

    /** The gazetteer without the mined roles: the hand-kept wordings {@code veille bench roles} leaves to roles.tsv. */
    public static Gazetteer handKept() {
        return load(false);
    }

    private static Gazetteer load(boolean mined) {
        Map<String, Identity> aliases = new HashMap<>();
        for (String[] row : rows("gazetteer.tsv", 4)) {
            Identity identity = new Identity(Entity.Type.valueOf(row[0]), row[1], row[3].isBlank() ? null : row[3]);
            aliases.putIfAbsent(Names.key(row[1]), identity);
            for (String alias : row[2].split("\\|")) {
                if (!alias.isBlank()) aliases.putIfAbsent(Names.key(alias), identity);
            }
        }
        Map<String, List<Role>> roles = new HashMap<>();
        for (String[] row : rows("roles.tsv", 5)) {
            Role role = new Role(row[0], row[2], LocalDate.parse(row[3]), row[4].isBlank() ? null : LocalDate.parse(row[4]));
            roles.computeIfAbsent(Names.key(row[0]), k -> new ArrayList<>()).add(role);
        }
        // roles mined from French news (veille bench roles); a wording roles.tsv keeps by hand wins
        java.util.Set<String> kept = java.util.Set.copyOf(roles.keySet());
        for (String[] row : mined ? rows(MINED_ROLES, 5) : List.<String[]>of()) {
            String key = Names.key(row[0]);
            if (kept.contains(key)) continue;
            Role role = new Role(row[0], row[2], LocalDate.parse(row[3]), row[4].isBlank() ? null : LocalDate.parse(row[4]));
            roles.computeIfAbsent(key, k -> new ArrayList<>()).add(role);
        }
        Map<String, String> metonyms = new HashMap<>();
        for (String[] row : rows("metonyms.tsv", 3)) metonyms.put(Names.key(row[0]), row[1]);
        return new Gazetteer(aliases, roles, metonyms);
    }

    /** The identity a name stands for, if known. */
    public Optional<Identity> lookup(String name) {
        return lookupKey(Names.key(name));
    }

    /** The identity of a name already keyed by {@link Names#key}. */
    Optional<Identity> lookupKey(String key) {
        return Optional.ofNullable(byAlias.get(key));
    }

    /** The state a capital or seat of power stands for ("Moscou" → Russia), if it is one. */
    public Optional<String> metonym(String name) {
        return metonymKey(Names.key(name));
    }

    /** The state a name already keyed by {@link Names#key} stands for. */
    Optional<String> metonymKey(String key) {
        return Optional.ofNullable(metonyms.get(key));
    }

    /** Whether a description names a role, whatever the date. */
    public boolean isRole(String wording) {
        return isRoleKey(Names.key(wording));
    }

    /** Whether a description already keyed by {@link Names#key} names a role. */
    boolean isRoleKey(String key) {
        return rolesByWording.containsKey(key);
    }

    /** Whether some alias, role wording or metonym key begins with this key (or is it). */
    boolean anyKeyStartsWith(String key) {
        int at = Arrays.binarySearch(sortedKeys, key);
        if (at >= 0) return true;
        int next = -at - 1;
        return next < sortedKeys.length && sortedKeys[next].startsWith(key);
    }

    /** All holders of a role, in order of their terms. */
    public List<Role> holders(String wording) {
        List<Role> roles = new ArrayList<>(rolesByWording.getOrDefault(Names.key(wording), List.of()));
        roles.sort(Comparator.comparing(Role::from));
        return roles;
    }

    /** The person holding a role on a date. */
    public Optional<String> holder(String wording, LocalDate date) {
        return holders(wording).stream().filter(r -> r.heldOn(date)).map(Role::canonical).findFirst();
    }

    /** The most words any alias or role wording has: how far a scan must look ahead. */
    public int longestAliasWords() {
        return longestAliasWords;
    }

    private static List<String[]> rows(String resource, int columns) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource org/veille/analyze/" + resource);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine(); // header
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue; // a comment: how the file was built
                String[] row = line.split("\t", -1);
                if (row.length < columns) row = java.util.Arrays.copyOf(row, columns);
                for (int i = 0; i < row.length; i++) if (row[i] == null) row[i] = "";
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
